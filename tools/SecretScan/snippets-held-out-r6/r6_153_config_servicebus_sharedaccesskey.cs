using Microsoft.Extensions.Configuration;

namespace Orders.Tests;

public static class TestConfiguration
{
    public static IConfiguration Build() => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ServiceBus:Namespace"] = "orders-test.servicebus.windows.net",
            ["ServiceBus:SharedAccessKeyName"] = "send-listen",
            ["ServiceBus:SharedAccessKey"] = "2r+jx4BgTEVtT4/LqgLJ1nsh17tHLRz6lfeChuWAwgg=", // expect: AFS102
        })
        .Build();
}
