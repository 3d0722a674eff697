using Microsoft.Extensions.Configuration;

namespace Ingest.Tests;

public static class TestConfiguration
{
    public static IConfiguration Create() =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Blobs"] = "DefaultEndpointsProtocol=https;AccountName=contosoingestdev;AccountKey=UUtV2fIl1aEh5DrbC9fHTa7gZpI/0Iq3tzoJoE2uuwA68V9JB+JdLZ04lWhtHPdk8PsmV0seFxEChIXwxJHSLQ==;EndpointSuffix=core.windows.net", // expect: AFS103
                ["Ingest:Container"] = "raw",
                ["Ingest:BatchSize"] = "500",
            })
            .Build();
}
