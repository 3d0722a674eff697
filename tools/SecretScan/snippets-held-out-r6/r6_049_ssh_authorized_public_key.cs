namespace Deploy.Provisioning;

public static class DeployUser
{
    public const string AuthorizedKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK7f3n0Jm2bq5Vt8xW1yZ4aC6dE9gH2jK5lM8nP0qR3s deploy@ci";

    public static string AuthorizedKeysFile() => AuthorizedKey + "\n";
}
