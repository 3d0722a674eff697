namespace DevEnv.Generator;

public static class ConnectionTemplates
{
    public const string Store = "Server=db;Database=store;User Id=store_app;Password=${DB_PASSWORD};TrustServerCertificate=True";
    public const string Cache = "redis://:${REDIS_PASSWORD}@cache:6379/0";
}
