using System.Collections;
using System.Net;

// Test descriptions that name a format or are written with spaces: "not-base64" (the input a validator must refuse),
// "invalid-json", "do not persist" (a value an exception's data must not carry). Lower-case words with an intent word:
// a description, not a credential. A passphrase of ordinary words written with spaces, and a phrase with a chosen
// password's capitals and digits, stay reported.
namespace Corpus.R3TestIntentFormats
{
    public sealed class Options { public string? Password { get; set; } public string? SharedKey { get; set; } }

    public static class ValidatorTests
    {
        public static Options NotBase64() => new Options { SharedKey = "not-base64" };
        public static Options InvalidJson() => new Options { Password = "invalid-json" };
        public static NetworkCredential Spaces() => new NetworkCredential("svc", "do not persist");

        public static void Data(IDictionary data) => data["secret"] = "must not be logged";

        public static NetworkCredential Passphrase() => new NetworkCredential("svc", "velvet orbit canyon maple"); // expect: AFS101
        public static Options Chosen() => new Options { SharedKey = "Not-Base64-But-9f!Kq" }; // expect: AFS101
    }
}
