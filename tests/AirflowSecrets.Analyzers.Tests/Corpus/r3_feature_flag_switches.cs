using System.Collections.Generic;

namespace Corpus;
// A feature flag's state held under a setting name with a credential word in it switches something on or off; it is
// not a credential. A real password and API key under the same setting names are still reported.
public static class FeatureDefaults {
    public static readonly Dictionary<string, string> Flags = new() {
        ["FeatureManagement:Auth.PasswordlessSignIn"] = "true",
        ["FeatureManagement:Features:ApiKeyAuthentication"] = "false",
        ["Auth:RequireStrongPassword"] = "enabled",
        ["Auth:Password"] = "false",
        ["Billing:ApiKey"] = "Disabled",
    };

    public static readonly Dictionary<string, string> Staging = new() {
        ["Auth:Password"] = "Tr7#ue-Fals3!Stg", // expect: AFS102
        ["Billing:ApiKey"] = "bk_9fQ2xL7wZr4Tn8Vm3Kd6Hs1Jp5Yc0Ga", // expect: AFS102
    };
}
