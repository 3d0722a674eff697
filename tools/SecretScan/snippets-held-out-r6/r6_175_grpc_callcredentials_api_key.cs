using Grpc.Core;
using Grpc.Net.Client;

namespace Pricing.Client;

public static class PricingChannel
{
    public static GrpcChannel Create()
    {
        var credentials = CallCredentials.FromInterceptor((context, metadata) =>
        {
            metadata.Add("x-api-key", "SZRMqC9wtX5jnDEPmSKuteHJXrRK54t5"); // expect: secret
            return Task.CompletedTask;
        });
        return GrpcChannel.ForAddress("https://pricing.internal:5001", new GrpcChannelOptions
        {
            Credentials = ChannelCredentials.Create(new SslCredentials(), credentials),
        });
    }
}
