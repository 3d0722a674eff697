using Renci.SshNet;
public sealed class ExportDrop
{
    public void Send(System.IO.Stream data)
    {
        using var sftp = new SftpClient("sftp.bank-exchange.test", 2222, "acme_exports", "i+o$m!7UmE6dQR4"); // expect: AFS101
        sftp.Connect();
        sftp.UploadFile(data, "/in/statement.csv");
    }
}
