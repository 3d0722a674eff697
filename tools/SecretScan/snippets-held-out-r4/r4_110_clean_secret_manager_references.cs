namespace Config.Sources;

public static class SecretRefs
{
    public const string DbPasswordArn = "arn:aws:secretsmanager:eu-west-1:210987654321:secret:prod/ledger/db-password-Xk29Qa";
    public const string ApiKeyResource = "projects/ledger-prod/secrets/partner-api-key/versions/latest";
    public const string SmtpPassword = "op://Platform/smtp-relay/password";
    public const string VaultDbPath = "secret/data/ledger/database#password";

    public static IReadOnlyDictionary<string, string> Bindings { get; } = new Dictionary<string, string>
    {
        ["ConnectionStrings:Ledger:Password"] = DbPasswordArn,
        ["Partner:ApiKey"] = ApiKeyResource,
        ["Smtp:Password"] = SmtpPassword,
    };
}
