using System.Security.Cryptography;

namespace Licensing;

internal static class LicenseSigner
{
    private const string SigningKey = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAs7ifzAI9C1o1SmXb/U24pcvJ/G0P4b/LYbaz/YpDg5oqua0u\nqMhmKLoomHRIKNa3jf7Ib/PzPlh0ROBYsJFH5fLV3F+J+w02vc+kiZXcwHO+igpo\nOTE9XPW1gCdGobNzlxoI4ZKimjWILKf38yEsUFDfFuxl+6N/3rKl5H15Vzgg9ilf\nSHnxVkdbGaWPlgVLPlYlQ/Ha8Gliajn47Z/Ya8lxHGbLwWE9gzgP79MBkzDRykSV\nFh3DA+gOe6TzSEWteYrZgQe6O0zuM3+dBH6zjbLq6oqB5X/FTYg1YfxwsG4Sesfh\na5/Tyog2h9fbDEMsaneK1blAaPsXUAtq5wmO5K+jWaIU6/Cy99sJx47CFIN8sSWv\nuBUYNJe6biTjQbkcz0ckFEPGevBSbFUIGng8TxSEdpZwb8cSKH6o5p+ETABt4ZG2\nnG289s6DcSB9ULNes11D388IWAHplZd2b2Ju0Pizcbo3WkQlb58m+DWSfBOpm2f6\n7mJTBhBum1UMSyHVgYfHYFOmKTQoLRSbaQusb0Q34VjHI2IUwL2hrKJ65DFJOOF9\nIeJK8KBpFVNwdUL6OMbfIDn2QH2BYuJuZb4QuZq1gabcrmLlQ0NW7Ov84CXyFK6Y\nqZ4MzLJFBzt31UF+W0yfsvHR9szLYVTRSB9cNRXXXABiQM3OYXcbf6kqYvvJRTQp\nA7prXw/FlxCiKod/oyx4+Ex9OAcGtqBlQeA6QtO5yaQA0t+VWYFjTfIuuL8hz0pZ\npaCfIxV2nk8J2sgG/sLGQ6yvcaKkZ3HibUM2lZxyUzSUgsqVkiwR19yzlfxmpwHf\npf25hPHs3ahVIr51CBX2ah1x1vteEjuXOrF5m0HCxIil5EKY4raj0E6e6svfUfw8\nJNicg01NGpnHWAlQlYeglyWr4kciS0NfLZxagWY7KCy9JhIFIr3VaZHNiQKHZrFI\nmlw8quo+/7ctBJ6rw2xvRg3xRNRxi15aq4Yz/29YfzA0QIuEj5d/lnUaDP5hg8uC\nFilqFuh9ANwWt+MYDH46QZuk/Bt46YnKaXFSysabnbB5cn6Zbl3awCEkWnSIITBd\nDjuF0wcbM2DNfoOTW9vwt1NsIWmv+UGSLVmBXHSBViNE2jDR+Oqy6D0yGAgSa0o7\n-----END RSA PRIVATE KEY-----"; // expect: AFS104

    public static byte[] Sign(byte[] payload)
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(SigningKey);
        return rsa.SignData(payload, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }
}
