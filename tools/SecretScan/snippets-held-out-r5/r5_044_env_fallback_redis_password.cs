using System;
using System.Diagnostics;
public static class CacheCli
{
    public static void Flush()
    {
        Environment.SetEnvironmentVariable("REDISCLI_AUTH", Environment.GetEnvironmentVariable("REDIS_PASSWORD") ?? "oh0k43MTct46jFrKPVNnN"); // expect: AFS102
        Process.Start("redis-cli", "-h cache-01.internal -p 6380 --tls FLUSHDB")?.WaitForExit();
    }
}
