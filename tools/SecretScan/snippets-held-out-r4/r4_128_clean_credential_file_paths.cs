namespace Workers.Options;

public sealed class SecretFiles
{
    public string PasswordFile { get; set; } = "/run/secrets/db_password";
    public string PrivateKeyPath { get; set; } = "/home/deploy/.ssh/id_ed25519";
    public string ServiceAccountKeyFile { get; set; } = "/var/secrets/google/key.json";
    public string Passfile { get; set; } = "/etc/postgresql-common/pgpass.conf";
    public string ClientCertificatePassword { get; set; } = "";

    public string ReadPassword() => File.ReadAllText(PasswordFile).TrimEnd();
}
