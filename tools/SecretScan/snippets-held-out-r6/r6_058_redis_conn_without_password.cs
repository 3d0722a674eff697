using StackExchange.Redis;

namespace Media.Sessions;

public static class LocalCache
{
    public static ConnectionMultiplexer Connect() => ConnectionMultiplexer.Connect("cache.internal:6379,abortConnect=false,ssl=false,connectTimeout=2000");
}
