using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Transfer.IntegrationTests;

[TestClass]
public class FtpUploadTests
{
    [DataTestMethod]
    [DataRow("ftp-upload", "ZfHDv5OaW*3FMK")] // expect: AFS101
    public async Task Uploads_file(string user, string password)
    {
        await using var client = new AsyncFtpClient("ftp.test.local", user, password);
        await client.Connect();
        Assert.IsTrue(client.IsConnected);
    }
}
