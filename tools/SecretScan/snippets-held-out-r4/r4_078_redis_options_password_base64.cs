using StackExchange.Redis;

namespace Session.Store;

public static class RedisFactory
{
    public static ConnectionMultiplexer Connect() => ConnectionMultiplexer.Connect(new ConfigurationOptions
    {
        EndPoints = { "contoso-sessions.redis.cache.windows.net:6380" },
        Password = "X7HgYxH1Bl+CLKCn0zzezsLovzq6CmDhZ8Zu/eiUTn4=",  // expect: AFS101
        Ssl = true,
        AbortOnConnectFail = false,
    });
}
