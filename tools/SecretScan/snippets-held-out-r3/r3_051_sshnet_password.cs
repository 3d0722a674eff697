using Renci.SshNet;

namespace Edi;

public static class SftpDrop
{
    public static SftpClient Connect()
    {
        var info = new PasswordConnectionInfo("sftp.partner-edi.example.net", 22, "contoso_edi", "Edi-Drop-Tulip44"); // expect: AFS101
        var client = new SftpClient(info);
        client.Connect();
        return client;
    }
}
