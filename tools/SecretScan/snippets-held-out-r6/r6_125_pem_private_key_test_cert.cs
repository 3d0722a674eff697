using System.Security.Cryptography;

namespace Signing.Tests;

public static class TestKeys
{
    public const string TestCertificatePem = "-----BEGIN RSA PRIVATE KEY-----\nMIICWwIBAAKBgQDOkQVSHbyz/bZctabv8oJw+cwNselwAMs5G3l8MSpRBFFXLw0Z\nYuuXe757KOgD9Re/+N0Cne383AicCDcclkv2tbfMQG46kaBSisxJiQ0en3Ygc12e\nzCoiWrJn9z3uhMIwG630Ed05sy0bXH+utksIp16IUkZ7TdM6otpvJCSGWQNTMh0+\nQXBeB+X5YmgQ65gQR+dgTj4sMbsusb8zcyjA2P/ckwpEJ8lWyszYqUJM5Nkib/tH\nuLWA2Thgraddk9o7rqt6BnFma+HWLUyvQX8Hx6BmvBIShDeltbl1NkVUncY5OZVl\nABm7txRS7XxdQxTn9vlXhDaYMgCkgXWQ2oGGMw+or8/yf3V7Z1Q0Rd+CzZl4f9S8\n0QrIrwpVPgm0S/7Nl7402KGEOGCoyUgP7P5NDrU0uRX3RLq97OOgY7xdmNdQKAPs\nY+0hLAxLsv3mkPt9VGJfZ3Q5i5B+p/k/uytiDGq8leVbnNiAI1yhTLNac1Ck4NSA\nIIfI3E/UjMkLlDteqqTKiWMPvCvCATrNL48kuqAFIvj3q6GDy//nXOGYr8rdw4ie\nmb5MmaEVW4lIFZWR08u+CIk2ua4WAEtx5cVY9JOAv9E6pnUAMAq4v/1kq4WZDNQt\nU5k+QNHliaiJ6jAlKr2YUBG4P8JQxFiazOOeintT2yeErj6gq5NqBiiV+kZ+59l6\ntee1R4IrdnUvscMylDdvHexpVwfMDBzTr54e+CCBJqRH2ibe99vQaNUJaM4XgfKI\ni9aomVpIMhxpNbHtP17rIWQTrVE6SrZmaV62BWeHQQ==\n-----END RSA PRIVATE KEY-----\n"; // expect: AFS104

    public static RSA Load()
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(TestCertificatePem);
        return rsa;
    }
}
