using StackExchange.Redis;

namespace Sessions;

public static class RedisFactory
{
    private static readonly Lazy<ConnectionMultiplexer> Connection = new(() =>
        ConnectionMultiplexer.Connect("contoso-sessions.redis.cache.windows.net:6380,password=EO/Ioioz05A3YIUlEoE+PZSvIVkAfSRZiqrr2pn7sic=,ssl=True,abortConnect=False")); // expect: AFS103

    public static IDatabase Db => Connection.Value.GetDatabase();
}
