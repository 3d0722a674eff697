using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AirflowSecrets.Testing;

namespace AirflowSecrets.Tests.EndToEnd;

/// <summary>Tests that set process environment variables run alone: the Azure credentials read the real environment.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentTests
{
    public const string Name = "process environment";
}

[Collection(ProcessEnvironmentTests.Name)]
public sealed class EnvironmentCredentialTests
{
    [Fact]
    public async Task An_airflow_deployments_environment_reaches_the_vault_through_DefaultAzureCredential()
    {
        await using LoopbackKeyVault vault = await LoopbackKeyVault.StartAsync();
        vault.Store.SetVariable("my_var", "through-the-environment-credential");
        vault.Store.SetConnection("db", "postgres://etl@db.internal:5432/warehouse");
        IReadOnlyDictionary<string, string> environment = vault.CreateAirflowEnvironment();

        var saved = environment.Keys.ToDictionary(name => name, Environment.GetEnvironmentVariable);
        try
        {
            foreach (KeyValuePair<string, string> variable in environment) Environment.SetEnvironmentVariable(variable.Key, variable.Value);

            // Exactly what a DAG task does: Airflow's variables in, Airflow's names out.
            AirflowSecretsOptions options = AirflowSecretsEnvironment.FromEnvironment();
            Assert.NotNull(options.KeyVault);
            Assert.False(options.KeyVault!.UsesClientSecretCredential);
            vault.Attach(options.KeyVault);
            AirflowSecretResolver resolver = AirflowSecretResolver.Create(options);

            Assert.Equal("through-the-environment-credential", await resolver.GetVariableAsync("my_var"));
            Assert.Equal("db.internal", (await resolver.GetConnectionAsync("db")).Host);
            Assert.Single(vault.Requests, r => r.Operation == "token" && r.StatusCode == 200);
        }
        finally
        {
            foreach (KeyValuePair<string, string?> variable in saved) Environment.SetEnvironmentVariable(variable.Key, variable.Value);
        }
    }
}
