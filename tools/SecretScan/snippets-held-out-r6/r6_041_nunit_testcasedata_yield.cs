using NUnit.Framework;

namespace MailSync.Tests;

public class ImapLoginTests
{
    private static IEnumerable<TestCaseData> Accounts()
    {
        yield return new TestCaseData("imap.test.local", 993, "carol", "pRvR5K*w4*gRXX"); // expect: AFS101
    }

    [TestCaseSource(nameof(Accounts))]
    public async Task Authenticates(string host, int port, string user, string password)
    {
        using var client = new ImapClient();
        await client.ConnectAsync(host, port, true);
        await client.AuthenticateAsync(user, password);
        Assert.That(client.IsAuthenticated, Is.True);
    }
}
