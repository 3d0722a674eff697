namespace Assets;

public static class Embedded
{
    public const string TransparentPixel = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";
    public const string DefaultSettingsBase64 = "eyJ0aGVtZSI6ImRhcmsiLCJsYW5ndWFnZSI6ImVuLVVTIiwicGFnZVNpemUiOjI1fQ==";
    public const string InstallerSha512 = "hVhxTIn/+UK+fbRJ/haM/aF5mYcEFKNbn5HhGCPTYAIgXs62PokcmtSwCZwbkjTAmhjyyoGCSdRmcLse/rkJHA==";

    public static bool IsIntact(byte[] installer) =>
        Convert.ToBase64String(System.Security.Cryptography.SHA512.HashData(installer)) == InstallerSha512;
}
