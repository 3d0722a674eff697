using Renci.SshNet;

namespace Edi.Outbound;

public sealed class PartnerUpload
{
    public void Upload(string localFile)
    {
        using var sftp = new SftpClient("sftp.partner-logistics.net", 2222, "contoso_edi", "Indigo-lumen-ember-57");  // expect: AFS101
        sftp.Connect();
        using var stream = File.OpenRead(localFile);
        sftp.UploadFile(stream, "/inbound/" + Path.GetFileName(localFile));
        sftp.Disconnect();
    }
}
