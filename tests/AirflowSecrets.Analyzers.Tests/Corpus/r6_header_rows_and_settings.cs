using System.Collections;
using System.Collections.Generic;

// An Authorization header given as a pair of a collection initializer (gRPC's Metadata, a headers dictionary) carries
// its scheme's credential; a web host's UseSetting(key, value) sets a configuration entry. A generated token and a
// webhook secret there are reported; a stand-in token, a scheme alone, other headers and settings are not. An Entra ID
// client secret is known by its version digit and "Q~" whichever the digit is.
namespace Grpc.Core
{
    public sealed class Metadata : IEnumerable<KeyValuePair<string, string>>
    {
        private readonly List<KeyValuePair<string, string>> _entries = new();

        public void Add(string key, string value) => _entries.Add(new KeyValuePair<string, string>(key, value));

        public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _entries.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

namespace Microsoft.AspNetCore.Hosting
{
    public interface IWebHostBuilder
    {
        IWebHostBuilder UseSetting(string key, string? value);
    }
}

namespace Corpus.R6HeaderRows
{
    using Grpc.Core;
    using Microsoft.AspNetCore.Hosting;

    public static class InventoryCalls
    {
        public static Metadata Headers() => new Metadata
        {
            { "authorization", "Bearer kQ8vZr2Lx7Tm4Wn9Hb3Pc6Yd1Fs5Jg0Ae8Ui2Ox" }, // expect: AFS101
            { "x-tenant", "eu-1" },
        };

        public static Metadata Placeholder() => new Metadata
        {
            { "authorization", "Bearer valid-token" },
            { "authorization", "Bearer " },
        };

        public static Dictionary<string, string> Http() => new Dictionary<string, string>
        {
            { "Authorization", "Bearer Tz4Lq8Wm2Rx6Vk9Hb3Nc7Yd1Fs5Jg0Ae8Ui2Pw" }, // expect: AFS101
            { "Accept", "application/json" },
        };
    }

    public sealed class BillingApiFactory
    {
        public void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Billing:WebhookSecret", "whsec_4av5X4bleY1ififQy4dFjsficoLzq5xu"); // expect: AFS102
            builder.UseSetting("Billing:WebhookSecret", "<webhook-secret>");
            builder.UseSetting("Billing:Region", "eu-west-1");
        }
    }

    public static class LeakDetector
    {
        public static bool LooksLikeEntraSecret(string value) => value.Length == 40 && value.Substring(4, 2) == "Q~";

        public static bool Detects() => LooksLikeEntraSecret("2lL3Q~m0FyitFTxGRmPChcdcuH1DjR.fXtMAEkrM"); // expect: AFS104

        public static bool Ignores() => LooksLikeEntraSecret("2lL3Q-m0FyitFTxGRmPChcdcuH1DjR.fXtMAEkrM");
    }

    // Certificate pins (base64 SHA-256 digests of a public key) in a list named for them, through a conversion to
    // IReadOnlyList: digests, not keys. The same shape in a list of keys stays reported.
    public static class Pins
    {
        public static readonly IReadOnlyList<string> ApiSpkiSha256 = new[] { "JVL8aim9ZB2C9IcNaQhNqQ0nt7GWEmWced5oPn6cYds=", "nkUHs23ds59O/QnF6Qts02kFrWn70hhk9Uw6pqLDtIQ=" };

        public static readonly IReadOnlyList<string> Keys = new[] { "Gk2pR8vT1xQ9mZ4wL7nB3cY6hJ0sF5dA8eU2iO4tKqW=" }; // expect: AFS104
    }

    // The HTTP Basic specifications' example (RFC 7617: Aladdin, "open sesame"), as a test's pair and as its header; a
    // chosen pair in the same places stays reported.
    public static class BasicExamples
    {
        public static Dictionary<string, string> Rfc()
        {
            const string username = "Aladdin";
            const string password = "open sesame";
            return new Dictionary<string, string> { { username, password }, { "Authorization", "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==" } };
        }

        public static Dictionary<string, string> Chosen()
        {
            const string username = "Aladdin";
            const string password = "velvet orbit canyon"; // expect: AFS101
            return new Dictionary<string, string> { { username, password }, { "Authorization", "Basic bGVkZ2VyOlF2N0xtMlhyOVR6" } }; // expect: AFS101
        }
    }
}
