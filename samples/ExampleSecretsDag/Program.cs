// The example DAG of the Azure Key Vault secrets-backend guide, as a C# task:
//
//     @task
//     def print_var():
//         my_var = Variable.get("my_var")
//         print(f"My variable is: {my_var}")
//
// With Airflow's environment (AIRFLOW__SECRETS__BACKEND=...AzureKeyVaultBackend,
// AIRFLOW__SECRETS__BACKEND_KWARGS={"vault_url": ...}, AZURE_TENANT_ID/AZURE_CLIENT_ID/AZURE_CLIENT_SECRET)
// it reads the secret "airflow-variables-my-var" from that vault, then AIRFLOW_VAR_MY_VAR.
// With no backend configured it starts an embedded default: a loopback Key Vault (the test double of
// AirflowSecrets.Testing) on https://127.0.0.1, seeded with the sample's secrets, and reads them through
// the real Azure SDK client and credential, so it runs on any machine without an Azure account.
using System;
using System.Threading.Tasks;
using AirflowSecrets;
using AirflowSecrets.Testing;
using Microsoft.Extensions.Logging;

// The secrets this task reads, declared once: the generator writes typed accessors that look them up under
// Airflow's names (airflow-variables-my-var, then AIRFLOW_VAR_MY_VAR; airflow-connections-my-db, then AIRFLOW_CONN_MY_DB).
[AirflowVariable("my_var")]
[AirflowConnection("my_db", Optional = true)]
internal sealed partial class SampleSecrets
{
}

internal static class Program
{
    private static async Task<int> Main()
    {
        // Warnings (a failing vault, a fall-back to the environment) go to stderr; they never carry values.
        using ILoggerFactory logging = LoggerFactory.Create(builder => builder
            .SetMinimumLevel(LogLevel.Warning)
            .AddSimpleConsole(console => console.SingleLine = true)
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));

        AirflowSecretsOptions options;
        try
        {
            options = AirflowSecretsEnvironment.FromEnvironment(logging.CreateLogger(typeof(AirflowSecretsEnvironment).FullName!));
        }
        catch (AirflowSecretsConfigurationException ex)
        {
            Console.Error.WriteLine("Configuration error: " + ex.Message);
            return 2;
        }

        LoopbackKeyVault? embedded = null;
        try
        {
            if (options.KeyVault is null && Environment.GetEnvironmentVariable("AIRFLOW_VAR_MY_VAR") is null)
            {
                embedded = await StartEmbeddedVaultAsync();
                options.KeyVault = embedded.CreateBackendOptions();
                Console.WriteLine($"No secrets backend configured: using the embedded loopback Key Vault at {embedded.VaultUri} (a test double).");
            }

            var secrets = new SampleSecrets(AirflowSecretResolver.Create(options, logging));
            string myVar = await secrets.GetMyVarAsync();
            Console.WriteLine($"My variable is: {myVar}");

            // A connection too, when there is one; its ToString masks the password.
            AirflowConnection? db = await secrets.GetMyDbAsync();
            if (db != null) Console.WriteLine($"My connection is: {db}");
            return 0;
        }
        catch (AirflowSecretNotFoundException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }
        finally
        {
            if (embedded != null) await embedded.DisposeAsync();
        }
    }

    // What the guide stores in Key Vault, under the names Airflow's backend reads.
    private static async Task<LoopbackKeyVault> StartEmbeddedVaultAsync()
    {
        LoopbackKeyVault vault = await LoopbackKeyVault.StartAsync();
        vault.Store.SetVariable("my_var", "my-value-from-the-embedded-vault");
        vault.Store.SetConnection("my_db", "postgres://airflow@db.example.internal:5432/warehouse?sslmode=require");
        return vault;
    }
}
