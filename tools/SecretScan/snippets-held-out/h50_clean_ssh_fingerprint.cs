public static class Hosts
{
    public const string Fingerprint = "SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8";
    public const string Thumbprint = "A909502DD82AE41433E6F83886B00D4277A32A7B";
    public const string ETag = "\"0x8DB4A3C2F1E0D9B\"";
}
