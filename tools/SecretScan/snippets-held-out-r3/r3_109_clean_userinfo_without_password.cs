namespace Config;

public static class Remotes
{
    public const string Git = "ssh://git@github.com/contoso/infra.git";
    public const string AzureRepos = "https://builder@dev.azure.com/contoso/platform/_git/infra";
    public const string Postgres = "postgres://db.contoso.internal:5432/app";
    public const string Redis = "redis://cache.contoso.internal:6379/0";
    public const string ResetMailbox = "mailto:password-reset@contoso.com";
    public const string Mongo = "mongodb://mongo-0.mongo:27017,mongo-1.mongo:27017/?replicaSet=rs0&authMechanism=MONGODB-X509";
}
