using Azure.Security.KeyVault.Secrets;
using Renci.SshNet;
using System.Text;

namespace Edi.Outbound;

public static class PartnerSftp
{
    public static async Task<SftpClient> ConnectAsync(SecretClient vault)
    {
        KeyVaultSecret key = await vault.GetSecretAsync("partner-sftp-private-key");
        KeyVaultSecret passphrase = await vault.GetSecretAsync("partner-sftp-key-passphrase");
        var keyFile = new PrivateKeyFile(new MemoryStream(Encoding.UTF8.GetBytes(key.Value)), passphrase.Value);
        var client = new SftpClient("sftp.partner-logistics.net", 2222, "contoso_edi", keyFile);
        client.Connect();
        return client;
    }
}
