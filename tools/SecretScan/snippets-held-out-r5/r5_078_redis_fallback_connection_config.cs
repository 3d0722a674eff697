using Microsoft.Extensions.Configuration;
public static class RedisSetup
{
    public static string Connection(IConfiguration c) =>
        c.GetConnectionString("Redis") ?? "redis-main.internal:6380,ssl=true,password=rdPR3tRrMhkUTPGt8FTNC,abortConnect=false"; // expect: AFS103
}
