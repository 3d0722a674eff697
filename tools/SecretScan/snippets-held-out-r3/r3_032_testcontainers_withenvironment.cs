using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace Messaging.Tests;

public static class Broker
{
    public static IContainer Create() => new ContainerBuilder()
        .WithImage("rabbitmq:3-management")
        .WithPortBinding(5672, true)
        .WithEnvironment("RABBITMQ_DEFAULT_USER", "itest")
        .WithEnvironment("RABBITMQ_DEFAULT_PASS", "Bunny-Hop-5523") // expect: AFS102
        .WithWaitStrategy(Wait.ForUnixContainer().UntilPortIsAvailable(5672))
        .Build();
}
