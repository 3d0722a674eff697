using Microsoft.Extensions.Hosting;

namespace Queue.Worker;

public static class BrokerPassword
{
    public static string ResolvePassword(IHostEnvironment env, string? configured) =>
        !string.IsNullOrEmpty(configured) ? configured
        : env.IsDevelopment() ? "bluefin-Tango-58!" // expect: AFS101
        : throw new InvalidOperationException("Broker password not configured.");
}
