using System.Net;
using FluentFTP;

namespace Transfer.Jobs;

public sealed class NightlyExport
{
    public void Run()
    {
        using var client = new FtpClient("ftp.partner-exchange.net");
        client.Credentials = new NetworkCredential("exports", "3u^Py9r%DSFOh%"); // expect: AFS101
        client.Config.EncryptionMode = FtpEncryptionMode.Explicit;
        client.Connect();
        client.UploadFile("/tmp/export.csv", "/inbound/export.csv");
    }
}
