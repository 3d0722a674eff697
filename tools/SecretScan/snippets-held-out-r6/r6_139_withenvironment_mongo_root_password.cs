namespace Reporting.Tests;

public sealed class MongoFixture
{
    public IContainer Container { get; } = new ContainerBuilder()
        .WithImage("mongo:7")
        .WithEnvironment("MONGO_INITDB_ROOT_USERNAME", "root")
        .WithEnvironment("MONGO_INITDB_ROOT_PASSWORD", "zw%K!0ezsCRFVj") // expect: AFS102
        .WithPortBinding(27017, true)
        .Build();
}
