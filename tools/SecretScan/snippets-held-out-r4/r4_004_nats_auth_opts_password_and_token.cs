using NATS.Client.Core;

namespace Pricing.Feed;

internal static class NatsConnections
{
    public static NatsConnection Primary() => new(new NatsOpts
    {
        Url = "nats://nats-0.pricing:4222",
        Name = "pricing-feed",
        AuthOpts = new NatsAuthOpts
        {
            Username = "pricing",
            Password = "H0ll0wrust1c8075",  // expect: AFS101
        },
    });

    public static NatsConnection Edge() => new(new NatsOpts
    {
        Url = "nats://edge.pricing:4222",
        AuthOpts = new NatsAuthOpts { Token = "lWwwpU7NMceUMGEc11jgw0eXDQ4diLdGtFBx7qIb" },  // expect: AFS101
    });
}
