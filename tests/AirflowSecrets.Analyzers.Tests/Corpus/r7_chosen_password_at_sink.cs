// A chosen password at a credential sink stays reported, a weak one with a digit or a symbol for a letter too, beside
// the credential word itself, which is a stand-in (r7_credential_word_at_sink.cs).
using System.Net;
using Azure.Identity;

namespace Corpus.R7ChosenPasswordAtSink
{
    public static class ChosenLogins
    {
        public static NetworkCredential WithDigit() => new NetworkCredential("admin", "Password1"); // expect: AFS101
        public static NetworkCredential Leet() => new NetworkCredential("svc", "P@ssw0rd"); // expect: AFS101
        public static NetworkCredential Chosen() => new NetworkCredential("etl", "Velvet-Orbit-42"); // expect: AFS101
        public static ClientSecretCredential Entra() => new ClientSecretCredential("tenant", "client", "s3cr3t-v4lue!"); // expect: AFS101
    }
}
