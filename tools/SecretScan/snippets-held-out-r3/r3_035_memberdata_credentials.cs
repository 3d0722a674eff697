using Xunit;

namespace Sftp.Tests;

public class UploadTests
{
    public static IEnumerable<object[]> Accounts()
    {
        yield return new object[] { "uploader", "Sftp-Upl0ad!Blue" }; // expect: AFS101
    }

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task Uploads_with_account(string user, string password)
    {
        await using var client = await SftpTestClient.ConnectAsync("localhost", 2222, user, password);
        Assert.True(client.IsConnected);
    }
}
