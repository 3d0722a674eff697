using StackExchange.Redis;

namespace Media.Sessions;

public static class SessionCache
{
    public static ConnectionMultiplexer Open()
    {
        var options = new ConfigurationOptions
        {
            EndPoints = { { "sessions-cache.internal", 6380 } },
            Ssl = true,
            AbortOnConnectFail = false,
        };
        options.Password = "viXUI2C2gbOs4w07XXI8OV2Xu5VeRW8s"; // expect: AFS101
        return ConnectionMultiplexer.Connect(options);
    }
}
