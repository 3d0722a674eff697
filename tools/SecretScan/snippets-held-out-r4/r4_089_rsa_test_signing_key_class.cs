using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Auth.Tests.Infrastructure;

internal static class TestKeys
{
    public const string Rsa = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQc6j1SiyovPizm4\nh16TlihDacS/+rOuZQlPjDw3i/1dsvytmVDziwzRpCInqnV5MnxoUFar7XMAfb9+\njSbGoocLEk89DDBoULYNDwCljXR+apxTfYt/JnIT8Con0cA5/YKW937BGcVlIFGw\nZjkWIPu39mJkPrOH30bhIM3V33avU43beS+PNF1DJqHdewLhA1UaUvA7mrckGSFz\nP2RXLLcy37O1Qhbc11qleMx3lp1rwtIjOhi4cYkQg1iz42PbFHPayDrFJHeQCQPl\ng3/qD7LXNFz+ajb2aDcmWd/8LcWVwc+7VChXZoPTV7pt7DOklUDQyAGfiZoLPpag\nXOviVNzCTmfiOef6R3iNvvPwrmluvGhn0xoQh5Tw8Ec/Pzoqepg4mBswdr4Lbq9r\n80PJcnUtQCXDctM2HwgKjyFIvt1WFZljFGdx4OWYmz/YdHrlGeqaiWZGjDVcL+CB\nEPGlQhcCeuaZwdW92LhJ0LM3yaZpl5gyGTGsq7T7Prw/nQVhhpd3EkHCnfKiVOv4\nxK/w5R37kWXI/r/PkUkMbEQBEQqX9DcP+CxY5hdYET6EFc8LfxUe3aR0X9GLM65l\nDb0HZtB7FdBMl3QeP13NtZdKjkzH2M++EU5kBNTNzWCxaahBtYve6iQJUrZKeSsk\nnwZc1E7PwqZl2JK3MiOyZAwX1n75UHqM19J07gV+kooBUmPCM/tyPnnBy0l1jUWF\nreWh55JS5LCgjgNfJzD7ZMneAeCDTfszUi18v/y4GtB3k+jQFEyCU5NJNPa5exdb\nRTcFHIwomuGyxktV8akssNvwdpbU2ac5gntzgKZDCNs1sm/IqE5aXnBTkIcSG0dH\n7aMvrGxc/GKPG3G3mEzM2c2P2kJzYqoqzKLMVxaZIU23iNN5FyH2ZTZNJwBENvS7\nd6j/TqF2Sq1fuZHRhceuqfY74kxBGcH8v+hXWR9go71IjNrzHObGZ4YadqUWISM/\n1dEh23VmAcWatj1HcSm5+PxLKtjdlx/qyk4HB3IZJkzGS5illVfQEtRD1DT0S8Fl\nwCbDzXCXlMRvG2IKGbYCpidsHAUsZRP+CLLJ61/+mE+e6mlthZSSvP/eNTkQXt7F\n8rtT7m+L+ALG9JelH6uMiaBpbzzFVyUIXIK53S5xHI7UBHpGroqwQqv5biZKwy8H\nUmI/XEiKbf0VvhwBwAnTn7BRRfhYhLi0KN5HVx3RVHdzdMfc43oMkirf/WZ/yJkQ\nupKPg5XmcQyY9t7nr5dclvqnQYe7gAeje6pRihj6HAA+tBG5BnkRLGtKNWXcVo7Y\nAoIMyyVlLYVNG3pxQY3jlbHPWwa9xljtgAx0frRGdl9aXB3sg2C/XGhu+9ibRMF1\nUhCARs+1w+qP24BWjAw75PZ5UJMyeSffT98EPpyS6xsxoYyISkJClOWg7nephYMS\nkbp7L9IyUqMFUDHtEtQoQb3XgoPDz72OAM7x4CMTvZKSzoYtE8pPhr4g5OmjOEwR\n5fKnZTApZKXET6PEzbv+OE5CVMqfuTBXRNzwgqpPC+T9kPyfnHXudGAPFvtahOyE\n-----END PRIVATE KEY-----";  // expect: AFS104

    public static SigningCredentials Signing()
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(Rsa);
        return new SigningCredentials(new RsaSecurityKey(rsa), SecurityAlgorithms.RsaSha256);
    }
}
