using Renci.SshNet;

namespace Deploy.Remote;

public static class ReleaseUploader
{
    public static void Upload(string localPath)
    {
        var key = new PrivateKeyFile("/home/deploy/.ssh/id_rsa", "Orchid.Saffron.2031"); // expect: AFS101
        using var sftp = new SftpClient("releases.internal", 22, "deploy", key);
        sftp.Connect();
        using var stream = File.OpenRead(localPath);
        sftp.UploadFile(stream, "/srv/releases/" + Path.GetFileName(localPath));
    }
}
