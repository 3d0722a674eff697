using System;
using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;

// Three shapes of test and configuration code that are not credentials: a password-rule probe (ascending letter and
// digit runs and symbols, one rule met or missed each) given to a password validator or strength check; a stand-in word
// with a space or plus inserted in a Basic-auth parsing test; a URN (a SAML authentication-context class) as the value
// of an entry named pwd. Beside them, what stays reported: the same probe given to a login, a chosen password given to
// the validator, a chosen password with plus signs in it, a chosen password under the same entry name.
namespace Corpus.R4Probes.Testing
{
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class InlineDataAttribute : Attribute { public InlineDataAttribute(params object[] data) { } }
}

namespace Corpus.R4Probes
{
    using Corpus.R4Probes.Testing;

    public interface IPasswordValidator { Task ValidatePasswordAsync(string user, string password); }

    public class PasswordRuleTests
    {
        private readonly IPasswordValidator _validator = null!;

        public async Task Accepts_a_password_meeting_every_requirement()
        {
            const string password = "abcDEF789`~!X";
            await _validator.ValidatePasswordAsync("u1", password);
        }

        [InlineData("> MaxLength", "abcDEF789`~!XYZ")]
        [InlineData("< MinDigits", "abcDEFG89`~!X")]
        [InlineData("< MinDigits (numeric Unicode)", "abcDEF⁷89`~!X")]
        [InlineData("< MinSymbols", "abcDEF7890~!X")]
        [InlineData("< MinUpper", "abcdEF789`~!x")]
        public async Task Rejects_passwords_missing_a_requirement(string description, string password)
        {
            await _validator.ValidatePasswordAsync(description, password);
        }

        public async Task Accepts_a_chosen_password()
        {
            const string password = "Tundra#Velvet42"; // expect: AFS101
            await _validator.ValidatePasswordAsync("u2", password);
        }
    }

    public static class Login
    {
        // The same run-built value given to a login where nothing is validated: a (weak) chosen password.
        public static NetworkCredential Share() => new NetworkCredential("svc-share", "abcDEF789`~!X"); // expect: AFS101
    }

    public class BasicCredentialParsingTests
    {
        [InlineData("client", "secret")]
        [InlineData("cl ient", "se cret")]
        [InlineData("client", "se+cret")]
        [InlineData("cl+ ient", "se+ cret")]
        [InlineData("client", "pass word")]
        [InlineData("client", "Falcon+Ember+27x")] // expect: AFS101
        public void Parses(string clientId, string password)
        {
            _ = clientId + password;
        }
    }

    public static class SamlOptions
    {
        public static Dictionary<string, string> AuthenticationContexts { get; } = new Dictionary<string, string>
        {
            ["pwd"] = "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport",
            ["external"] = "urn:oasis:names:tc:SAML:2.0:ac:classes:unspecified",
        };

        public static Dictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["pwd"] = "Quartz#Lantern-61", // expect: AFS102
        };
    }
}
