// The credential word itself is a stand-in even where a credential is surely expected: a mail library's tests log in to
// scripted IMAP, POP3 and SMTP servers with it (and with it spelled with a character inserted to test quoting), and its
// documentation examples show it. The SASL RFCs' example passwords and token (CRAM-MD5, SCRAM, OAUTHBEARER) are
// published. (r7_chosen_password_at_sink.cs: chosen passwords at the same sinks stay reported.)
using System.Net;
using Azure.Identity;

namespace Corpus.R7CredentialWordAtSink
{
    public static class ScriptedServerLogins
    {
        public static NetworkCredential Plain() => new NetworkCredential("username", "password");
        public static NetworkCredential Upper() => new NetworkCredential("user", "PASSWORD");
        public static NetworkCredential Quoted() => new NetworkCredential("username", "pass%word");
        public static NetworkCredential Digest() => new NetworkCredential("chris", "secret");
        public static ClientSecretCredential Entra() => new ClientSecretCredential("tenant", "client", "secret");
        public static NetworkCredential CramMd5() => new NetworkCredential("joe", "tanstaaftanstaaf");
        public static NetworkCredential Scram() => new NetworkCredential("user", "pencil");
    }
}
