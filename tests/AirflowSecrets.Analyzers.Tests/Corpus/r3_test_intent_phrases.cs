using System;
using System.Net;
using System.Text;
using Microsoft.IdentityModel.Tokens;

// Tests describe what a value is for in the value itself: lower-case words joined by '-' or '_' that say what must,
// should or must not happen ("must-not-leave-the-server", "not-allowed", "different-signing-key-must-be-long",
// "not-a-real-password"). A phrase with one of those intent words is a description, not a credential. A chosen
// passphrase of ordinary words, and any phrase with digits, capitals or symbols, stays a password.
namespace Microsoft.IdentityModel.Tokens
{
    public sealed class SymmetricSecurityKey { public SymmetricSecurityKey(byte[] key) { } }
}

namespace Corpus.R3TestIntentPhrases
{
    public sealed class Options { public string? Password { get; set; } public string? ClientSecret { get; set; } }

    public static class RedactionTests
    {
        public static Options Intent() => new Options { Password = "must-not-leave-the-server", ClientSecret = "not-allowed" };
        public static NetworkCredential Fake() => new NetworkCredential("test-user", "not-a-real-password");
        public static SymmetricSecurityKey Other() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes("different-signing-key-must-be-long"));
        public static NetworkCredential Rejected() => new NetworkCredential("svc", "should_be_rejected_by_the_server");

        public static NetworkCredential Passphrase() => new NetworkCredential("svc", "velvet-orbit-canyon-maple"); // expect: AFS101
        public static Options Chosen() => new Options { Password = "Must-Not-Leak-2024!" }; // expect: AFS101
        public static SymmetricSecurityKey Signing() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes("harbor-lantern-quartz-meadow-signing")); // expect: AFS101
    }
}
