namespace Signing;

public static class KeyIds
{
    public const string CurrentKeyId = "9c4e1f0a7b3d2e6f";
    public const string CertificateSerial = "0A1B2C3D4E5F60718293A4B5C6D7E8F9";
    public const string JwksUri = "https://sso.contoso-internal.test/.well-known/jwks.json";
}
