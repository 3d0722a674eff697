using Azure.Security.KeyVault.Secrets;

namespace Sftp;

public sealed class SftpSettingsLoader(SecretClient secrets)
{
    private readonly string _sftpPasswordSecretName = "sftp-partner-password";
    private const string SharedAccessKeyName = "RootManageSharedAccessKey";
    private const string PasswordSecretNameSuffix = "-password";

    public async Task<(string user, string password)> LoadAsync(string partner)
    {
        var passwordSecret = partner + PasswordSecretNameSuffix;
        var user = (await secrets.GetSecretAsync(partner + "-user")).Value.Value;
        var password = (await secrets.GetSecretAsync(passwordSecret)).Value.Value;
        return (user, password);
    }

    public string Describe() => $"{_sftpPasswordSecretName} / {SharedAccessKeyName}";
}
