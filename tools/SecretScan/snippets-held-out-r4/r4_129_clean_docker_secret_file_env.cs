using DotNet.Testcontainers.Builders;

namespace Integration.Tests;

public static class Containers
{
    public static IContainer Postgres(string secretsDir) => new ContainerBuilder()
        .WithImage("postgres:16.4")
        .WithBindMount(secretsDir, "/run/secrets", AccessMode.ReadOnly)
        .WithEnvironment("POSTGRES_USER", "app")
        .WithEnvironment("POSTGRES_PASSWORD_FILE", "/run/secrets/postgres-password")
        .WithEnvironment("MINIO_ROOT_PASSWORD_FILE", "/run/secrets/minio-root-password")
        .Build();
}
