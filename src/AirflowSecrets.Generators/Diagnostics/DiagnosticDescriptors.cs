using Microsoft.CodeAnalysis;

namespace AirflowSecrets.Generators.Diagnostics
{
    /// <summary>The attribute-usage diagnostics (AFS0xx). The hard-coded-secret rules (AFS1xx) live in AirflowSecrets.Analyzers.</summary>
    internal static class DiagnosticDescriptors
    {
        /// <summary>Each ID's help link points at its section of the README.</summary>
        public const string HelpLinkBase = "https://github.com/airflowsecrets/airflowsecrets/blob/main/README.md#";

        public const string UsageCategory = "AirflowSecrets.Usage";
        public const string NamingCategory = "AirflowSecrets.Naming";

        public static readonly DiagnosticDescriptor NotPartial = Create(
            "AFS001", UsageCategory, DiagnosticSeverity.Error,
            "Airflow secrets need a partial class",
            "'{0}' must be declared partial so that the accessors for its Airflow secrets can be generated");

        public static readonly DiagnosticDescriptor WrongKindOfType = Create(
            "AFS002", UsageCategory, DiagnosticSeverity.Error,
            "Airflow secrets need a non-static class",
            "'{0}' is {1}; Airflow secrets are declared on a non-static, non-record partial class");

        public static readonly DiagnosticDescriptor EmptyKey = Create(
            "AFS003", UsageCategory, DiagnosticSeverity.Error,
            "The Airflow key is empty",
            "The {0} {1} is empty; give the key as Airflow code spells it");

        public static readonly DiagnosticDescriptor InvalidVaultName = Create(
            "AFS004", NamingCategory, DiagnosticSeverity.Warning,
            "Key Vault would reject the secret name",
            "{0} '{1}' is looked up as the Key Vault secret '{2}', which Key Vault rejects ({3}); the vault will answer 400 and only the environment can supply it");

        public static readonly DiagnosticDescriptor NeverLookedUpGlobally = Create(
            "AFS005", NamingCategory, DiagnosticSeverity.Warning,
            "Airflow never looks this key up globally",
            "{0} '{1}' contains '{2}', so Airflow takes it for a team-scoped name and never looks it up in Key Vault without a team; rename the key or set Team");

        public static readonly DiagnosticDescriptor SameVaultName = Create(
            "AFS006", NamingCategory, DiagnosticSeverity.Warning,
            "Two keys read the same secret",
            "{0} '{1}' and '{2}' both read {3} (Key Vault names are case-insensitive and '_' becomes '{4}')");

        public static readonly DiagnosticDescriptor SameMemberName = Create(
            "AFS007", UsageCategory, DiagnosticSeverity.Error,
            "Two secrets would get the same member name",
            "{0} '{1}' would generate the member name '{2}', {3}; set Name to another identifier");

        public static readonly DiagnosticDescriptor UnsupportedType = Create(
            "AFS008", UsageCategory, DiagnosticSeverity.Error,
            "The variable type cannot be read from JSON",
            "Variable '{0}' cannot be read as {1}: {2}");

        public static readonly DiagnosticDescriptor DefaultDoesNotFit = Create(
            "AFS009", UsageCategory, DiagnosticSeverity.Error,
            "The default value does not fit the type",
            "The default of {0} '{1}' does not fit: {2}");

        public static readonly DiagnosticDescriptor InvalidMemberName = Create(
            "AFS010", UsageCategory, DiagnosticSeverity.Error,
            "No valid member name",
            "{0} '{1}' gives the member name '{2}', which is not a C# identifier; set Name");

        public static readonly DiagnosticDescriptor LanguageVersionTooOld = Create(
            "AFS011", UsageCategory, DiagnosticSeverity.Error,
            "The project's C# version is too old for the generated accessors",
            "'{0}' declares Airflow secrets, but the project compiles at C# {1} and the generated accessors need C# {2} or later; nothing is generated: set <LangVersion> to {2} or later");

        public static readonly DiagnosticDescriptor ReflectionInTrimmedBuild = Create(
            "AFS012", UsageCategory, DiagnosticSeverity.Warning,
            "A typed variable is read by reflection in a trimmed or Native AOT build",
            "Variable '{0}' reads {1} by System.Text.Json reflection, which {2} breaks at run time; give it a JsonSerializerContext: JsonContext = typeof(…) on the attribute, or [AirflowJsonContext(typeof(…))] on the class");

        public static readonly DiagnosticDescriptor NotAJsonContext = Create(
            "AFS013", UsageCategory, DiagnosticSeverity.Error,
            "The JSON context is not a JsonSerializerContext",
            "'{0}' is not a JsonSerializerContext; name a non-generic 'partial class … : JsonSerializerContext' with [JsonSerializable(typeof(…))] for the types read");

        public static readonly DiagnosticDescriptor TypeNotInJsonContext = Create(
            "AFS014", UsageCategory, DiagnosticSeverity.Warning,
            "The JSON context does not describe the type",
            "'{0}' has no [JsonSerializable] for {1}, which variable '{2}' reads through it; add [JsonSerializable(typeof({1}))] to the context, or the first read fails");

        public static readonly DiagnosticDescriptor ClientCannotServeConnType = Create(
            "AFS015", UsageCategory, DiagnosticSeverity.Error,
            "The client cannot serve the declared conn_type",
            "Connection '{0}' declares ConnType '{1}', which {2} does not serve (it serves {3}); {4}");

        public static readonly DiagnosticDescriptor ClientCannotServeDefaultConnection = Create(
            "AFS016", UsageCategory, DiagnosticSeverity.Warning,
            "The client cannot serve Airflow's default connection of this id",
            "Connection '{0}' is the id of Airflow's default connection of conn_type '{1}', which {2} does not serve; {3}, or set ConnType if the deployment keeps another kind of connection under this id");

        public static readonly DiagnosticDescriptor UnknownClient = Create(
            "AFS017", UsageCategory, DiagnosticSeverity.Error,
            "Not a client",
            "Connection '{0}' names the client {1}, which is not an AirflowClientKind member; nothing is generated for it");

        public static readonly DiagnosticDescriptor ConnTypeWithoutClient = Create(
            "AFS018", UsageCategory, DiagnosticSeverity.Warning,
            "ConnType without Client checks nothing",
            "Connection '{0}' declares ConnType '{1}' without a Client, so nothing checks it; {2}");

        private static DiagnosticDescriptor Create(string id, string category, DiagnosticSeverity severity, string title, string message) =>
            new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id.ToLowerInvariant());
    }
}
