using StackExchange.Redis;
public static class Cache
{
    public static ConnectionMultiplexer Connect() =>
        ConnectionMultiplexer.Connect("cache-prod.redis.cache.windows.net:6380,password=Zt8cQ1mV4xN7bR2kL5pH9sD3fG6jW0aY,ssl=True,abortConnect=False"); // expect: AFS103
}
