using System.Security.Cryptography;

namespace Licensing.Client;

public static class PublicKeys
{
    public const string LicenseVerificationKey = @"-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEATd3C8aDkM7TYak0Tdm6i
AjvbVNcU3EAsWq0iMEJRLov4Akpxh0EewXEKAva3bNGYKcsxNR8//FzKwnyddP9T
FEnXl4Ls5HmQLt70ZyzWE9xtH8r3pSRqiXvs/zwNXNBCBt803LPETthqgHRjdRLa
Id9IeJlY2CFtmzRbU1QOkgnDLEl7g6XgugkQmgSXvIl+QE0AREIp5Qw8ssjdAeVs
zZ2MoUiKhIR+AUEoGqgNpUy3Sk4GXm7ZA8tk2YN3bgY+6bZqPJ3Uut7fEsTnwMZZ
h1/cOYKmsksa1DZR6gp2iETJAWcA0f3zCTAa2OO2LFUTIDAQAB
-----END PUBLIC KEY-----";

    public const string DeployAuthorizedKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIeMxLbEx1jXWnqkL70aick+ANxvDGLMs7/U0JQjRIwYk deploy@build-agent-07";

    public const string JwkModulus = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";

    public static bool Verify(byte[] data, byte[] signature)
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(LicenseVerificationKey);
        return rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }
}
