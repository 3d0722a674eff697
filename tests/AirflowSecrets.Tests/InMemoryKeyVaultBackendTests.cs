using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using AirflowSecrets.Testing;
using AirflowSecrets.Tests.Support;
using Azure;
using Microsoft.Extensions.Logging;

namespace AirflowSecrets.Tests;

public sealed class InMemoryKeyVaultBackendTests
{
    [Theory]
    [InlineData(AirflowSecretKind.Variable, "my_var", null)]
    [InlineData(AirflowSecretKind.Connection, "warehouse_db", "analytics")]
    [InlineData(AirflowSecretKind.Config, "core__fernet_key", null)]
    [InlineData(AirflowSecretKind.Variable, "my__key", "team_a")]
    public void It_asks_for_the_names_the_real_backend_asks_for(AirflowSecretKind kind, string key, string? team)
    {
        var options = new AzureKeyVaultBackendOptions { VariablesPrefix = "vars//", ConnectionsPrefix = "conns", Separator = "-" };
        var inMemory = new InMemoryKeyVaultBackend(options: options);
        using var real = new FakeKeyVaultHandler().CreateBackend(options);
        Assert.Equal(real.SecretNames(kind, key, team), inMemory.SecretNames(kind, key, team));
    }

    [Fact]
    public async Task It_fails_like_the_vault_for_disabled_secrets_and_invalid_names()
    {
        var backend = new InMemoryKeyVaultBackend();
        backend.Store.SetVariable("off", "value");
        backend.Store.SetEnabled("airflow-variables-off", false);

        var disabled = await Assert.ThrowsAsync<RequestFailedException>(async () => await backend.GetValueAsync(AirflowSecretKind.Variable, "off", null, default));
        Assert.Equal(403, disabled.Status);
        var invalid = await Assert.ThrowsAsync<RequestFailedException>(async () => await backend.GetValueAsync(AirflowSecretKind.Variable, "a.b", null, default));
        Assert.Equal(400, invalid.Status);
        Assert.Null(await backend.GetValueAsync(AirflowSecretKind.Variable, "absent", null, default));
        Assert.Equal(new[] { "airflow-variables-off", "airflow-variables-a.b", "airflow-variables-absent" }, backend.Requested);
    }

    [Fact]
    public async Task Behind_a_resolver_it_serves_a_job_under_test()
    {
        var vault = new InMemoryKeyVaultBackend();
        vault.Store.SetVariable("my_var", "unit-test-value");
        vault.Store.SetConnection("db", "sqlite:///tmp/test.db");
        using var log = new ListLogger();
        var resolver = new AirflowSecretResolver(new IAirflowSecretsBackend[] { vault, new EnvironmentVariablesBackend(new Dictionary<string, string> { ["AIRFLOW_VAR_OTHER"] = "env" }) }, new AirflowSecretsOptions(), log, null);
        Assert.Equal("unit-test-value", await resolver.GetVariableAsync("my_var"));
        Assert.Equal("sqlite", (await resolver.GetConnectionAsync("db")).ConnType);
        Assert.Equal("env", await resolver.GetVariableAsync("other"));
        Assert.Empty(log.At(LogLevel.Warning));
    }
}
