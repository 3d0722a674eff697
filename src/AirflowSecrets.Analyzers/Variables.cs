using System.Collections.Generic;
using System.Linq;

namespace AirflowSecrets.Analyzers
{
    /// <summary>
    /// The environment variable a finding's code fix reads instead of the written value, carried in the diagnostic's
    /// properties (<see cref="HardCodedSecretAnalyzer.VariableProperty"/>): the variable the Azure SDK itself reads where
    /// there is one, else the name the value was given to, in upper case.
    /// </summary>
    internal static class Variables
    {
        private static readonly Dictionary<string, string> BySinkType = new()
        {
            ["Azure.Identity.ClientSecretCredential"] = "AZURE_CLIENT_SECRET",
            ["Microsoft.Identity.Client.ConfidentialClientApplicationBuilder"] = "AZURE_CLIENT_SECRET",
            ["Azure.Identity.UsernamePasswordCredential"] = "AZURE_PASSWORD",
        };

        private static readonly Dictionary<string, string> ByFormat = new()
        {
            [SecretFormats.EntraSecret] = "AZURE_CLIENT_SECRET",
            [SecretFormats.AccountKey] = "AZURE_STORAGE_KEY",
            [SecretFormats.ServiceBusKey] = "SERVICEBUS_KEY",
            ["a JSON Web Token"] = "ACCESS_TOKEN",
            ["a PEM private key"] = "PRIVATE_KEY",
            ["a GitHub token"] = "GITHUB_TOKEN",
            ["a Google API key"] = "GOOGLE_API_KEY",
            ["a Google OAuth client secret"] = "GOOGLE_CLIENT_SECRET",
            ["a Slack token"] = "SLACK_TOKEN",
            ["a Stripe secret key"] = "STRIPE_SECRET_KEY",
        };

        /// <summary><c>clientSecret</c> → <c>CLIENT_SECRET</c>; <c>DB_PASSWORD</c> stays.</summary>
        public static string? FromName(string? name)
        {
            if (name is null) return null;
            List<string> words = CredentialNames.Words(name);
            return words.Count == 0 ? null : string.Join("_", words.Select(w => w.ToUpperInvariant()));
        }

        /// <summary>An environment variable's own name; a configuration key as the environment spells it (<c>AzureAd__ClientSecret</c>).</summary>
        public static string FromEntry(string entry) => entry.Replace(":", "__");

        public static string? ForSink(Sink sink, string parameter) => BySinkType.TryGetValue(sink.Type, out string? variable) ? variable : FromName(parameter);

        public static string? ForFormat(string format) => ByFormat.TryGetValue(format, out string? variable) ? variable : null;
    }
}
