using System;
using System.Collections.Generic;
using System.Threading.Tasks;

// Test data rows flow to the test method's parameters: a chosen password or a generated API key in an [InlineData],
// [TestCase] or a [MemberData] / [TestCaseSource] row given to a parameter named password or apiKey is a credential
// in the code; the same rows with stand-ins, names or values meant to fail are not.
namespace Xunit
{
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class InlineDataAttribute : Attribute { public InlineDataAttribute(params object[] data) { } }
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class MemberDataAttribute : Attribute { public MemberDataAttribute(string memberName, params object[] parameters) { } }
}

namespace NUnit.Framework
{
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class TestCaseSourceAttribute : Attribute { public TestCaseSourceAttribute(string sourceName) { } }
}

namespace Corpus.R3TestDataRows
{
    using NUnit.Framework;
    using Xunit;

    public class LoginTests
    {
        [InlineData("alice@contoso.com", "Alice#Spring2024")] // expect: AFS101
        [InlineData("bob@contoso.com", "wrong-password")]
        [InlineData("carol@contoso.com", "password")]
        public Task Seeded_users_sign_in(string email, string password) => Task.CompletedTask;

        public static IEnumerable<object[]> Accounts()
        {
            yield return new object[] { "uploader", "Sftp-Upl0ad!Blue" }; // expect: AFS101
            yield return new object[] { "reader", "<password>" };
            yield return new object[] { "auditor", "test-password" };
        }

        [MemberData(nameof(Accounts))]
        public Task Uploads_with_account(string user, string password) => Task.CompletedTask;

        public static readonly object[][] PartnerKeys =
        {
            new object[] { "contoso", "bk_89baa151b551b145e0ea444fd44903d6" }, // expect: AFS101
            new object[] { "fabrikam", "partner-api-key" },
        };

        [TestCaseSource(nameof(PartnerKeys))]
        public bool Accepts_partner_key(string partner, string apiKey) => apiKey.Length > 0;

        // A row whose columns are not credentials (a user name, a display name): nothing to report.
        public static IEnumerable<object[]> Users()
        {
            yield return new object[] { "uploader", "Sftp-Upl0ad!Blue" };
        }

        [MemberData(nameof(Users))]
        public Task Shows_display_name(string user, string displayName) => Task.CompletedTask;
    }
}
