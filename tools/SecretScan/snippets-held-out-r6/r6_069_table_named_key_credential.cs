using Azure;
using Azure.Data.Tables;

namespace Telemetry.Heartbeats;

public static class HeartbeatTable
{
    public static TableClient Create() =>
        new(new Uri("https://telemetryprod.table.core.windows.net"), "Heartbeats",
            new AzureNamedKeyCredential("telemetryprod", "e4e0dZcGfEj2bj6LZRvGOAcxDvptTHwcFhM+jGocW1TaXua6tmVP84XslygAb8zYWZVJ70qbcXodCrCDivnadQ==")); // expect: secret
}
