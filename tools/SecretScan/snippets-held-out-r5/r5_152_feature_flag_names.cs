public static class Flags
{
    public const string PasswordlessLogin = "Features:PasswordlessLogin";
    public const string ApiKeyRotation = "features.api-key-rotation";
    public const string SecretScanning = "secret-scanning-enabled";
}
