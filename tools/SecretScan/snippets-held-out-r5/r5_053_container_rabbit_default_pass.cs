using DotNet.Testcontainers.Builders;
public static class BrokerContainer
{
    public static object Build() => new ContainerBuilder()
        .WithImage("rabbitmq:3-management")
        .WithEnvironment("RABBITMQ_DEFAULT_USER", "orders")
        .WithEnvironment("RABBITMQ_DEFAULT_PASS", "3VQqbJ87pKmsX0bZiQjv") // expect: AFS102
        .Build();
}
