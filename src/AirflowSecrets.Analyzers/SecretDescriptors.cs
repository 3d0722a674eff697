using Microsoft.CodeAnalysis;

namespace AirflowSecrets.Analyzers
{
    /// <summary>
    /// The hard-coded-secret rules. Which one a value gets is fixed by <see cref="RulePriority"/>: where the value goes
    /// decides first (a credential slot, then a secret entry), what the value is second (an inline credential, then a
    /// known secret format).
    /// </summary>
    internal static class SecretDescriptors
    {
        /// <summary>Each ID's help link points at its section of the README.</summary>
        public const string HelpLinkBase = "https://github.com/airflowsecrets/airflowsecrets/blob/main/README.md#";

        public const string Category = "AirflowSecrets.Security";

        public static readonly DiagnosticDescriptor CredentialInSlot = Create(
            "AFS101",
            "A credential is hard-coded",
            "{0} is written into the code and {1}; read it at run time instead (environment, configuration or Key Vault)");

        public static readonly DiagnosticDescriptor SecretEnvironmentEntry = Create(
            "AFS102",
            "A secret environment or configuration entry is hard-coded",
            "The value of {0} '{1}' is written into the code{2}; let the deployment provide it (environment, configuration or Key Vault)");

        public static readonly DiagnosticDescriptor InlineCredential = Create(
            "AFS103",
            "A connection string or URI carries a hard-coded credential",
            "{0} is written into the code{1}; keep the credential out of it (Key Vault, the environment, or a managed identity)");

        public static readonly DiagnosticDescriptor KnownSecretFormat = Create(
            "AFS104",
            "A literal has the format of a secret",
            "A value with the format of {0} is written into the code{1}; if it is real, revoke it and read it at run time");

        /// <summary>Lower wins when two rules reach the same written value: AFS101, AFS102, AFS103, AFS104.</summary>
        public static int RulePriority(DiagnosticDescriptor descriptor) => descriptor.Id switch
        {
            "AFS101" => 0,
            "AFS102" => 1,
            "AFS103" => 2,
            _ => 3,
        };

        private static DiagnosticDescriptor Create(string id, string title, string message) =>
            new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id.ToLowerInvariant());
    }
}
