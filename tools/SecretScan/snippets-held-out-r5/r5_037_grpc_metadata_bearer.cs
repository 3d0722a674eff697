using Grpc.Core;
public static class InventoryCalls
{
    public static Metadata Headers() => new Metadata
    {
        { "authorization", "Bearer sTXNqEhDPQWaJ3SBM1kWgCQ3qWUywrQVbOIg4aVC" }, // expect: secret
        { "x-tenant", "eu-1" },
    };
}
