using Microsoft.FeatureManagement;

namespace Web.Features;

public static class Flags
{
    public const string PasswordlessSignIn = "Auth.PasswordlessSignIn";
    public const string ApiKeyAuthentication = "Features:ApiKeyAuthentication";
    public const string RotateSecretsNightly = "Ops.RotateSecretsNightly";

    public static readonly Dictionary<string, string?> Defaults = new()
    {
        ["FeatureManagement:Auth.PasswordlessSignIn"] = "true",
        ["FeatureManagement:Features:ApiKeyAuthentication"] = "false",
        ["Auth:RequireStrongPassword"] = "true",
        ["Auth:Password"] = "false",
    };

    public static Task<bool> UsePasswordless(IFeatureManager fm) => fm.IsEnabledAsync(PasswordlessSignIn);
}
