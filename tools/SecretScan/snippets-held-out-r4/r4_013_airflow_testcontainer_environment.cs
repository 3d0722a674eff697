using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using Xunit;

namespace Airflow.Integration.Tests;

public sealed class AirflowFixture : IAsyncLifetime
{
    public IContainer Airflow { get; } = new ContainerBuilder()
        .WithImage("apache/airflow:2.10.3")
        .WithCommand("standalone")
        .WithEnvironment("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", "postgresql+psycopg2://airflow:QSI7cseZM-8kLx5uvo@postgres:5432/airflow")  // expect: AFS103
        .WithEnvironment("AIRFLOW__CORE__FERNET_KEY", "8qhwui7WMKyTfMGsWvPvMOi3rRkWuNjgt8JAOCQF6JQ=")  // expect: AFS102
        .WithEnvironment("AIRFLOW__WEBSERVER__SECRET_KEY", "8705176fed6ed0243c048f7730a6554b")  // expect: AFS102
        .WithEnvironment("_AIRFLOW_WWW_USER_PASSWORD", "uS8jZwpkCfUaaLDW")  // expect: AFS102
        .WithPortBinding(8080, true)
        .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPath("/health").ForPort(8080)))
        .Build();

    public Task InitializeAsync() => Airflow.StartAsync();
    public Task DisposeAsync() => Airflow.DisposeAsync().AsTask();
}
