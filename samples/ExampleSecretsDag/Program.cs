// The example DAG of the Azure Key Vault secrets-backend guide, as a C# task:
//
//     @task
//     def print_var():
//         my_var = Variable.get("my_var")
//         print(f"My variable is: {my_var}")
//
// With Airflow's environment (AIRFLOW__SECRETS__BACKEND=...AzureKeyVaultBackend,
// AIRFLOW__SECRETS__BACKEND_KWARGS={"vault_url": ...}, AZURE_TENANT_ID/AZURE_CLIENT_ID/AZURE_CLIENT_SECRET)
// it reads the secret "airflow-variables-my-var" from the vault, then AIRFLOW_VAR_MY_VAR.
// With no backend configured it runs on an embedded default, so it works on any machine.
using System;
using System.Threading.Tasks;
using AirflowSecrets;
using AirflowSecrets.Backends;

internal static class Program
{
    private static async Task<int> Main()
    {
        AirflowSecretsOptions options;
        try
        {
            options = AirflowSecretsEnvironment.FromEnvironment();
        }
        catch (AirflowSecretsConfigurationException ex)
        {
            Console.Error.WriteLine("Configuration error: " + ex.Message);
            return 2;
        }

        if (options.KeyVault is null && Environment.GetEnvironmentVariable("AIRFLOW_VAR_MY_VAR") is null)
        {
            // The embedded default: what the guide stores in Key Vault as "airflow-variables-my-var".
            options.AdditionalBackends.Add(new InMemorySecretsBackend("embedded sample values")
                .SetVariable("my_var", "my-value-from-the-embedded-default"));
            Console.WriteLine("No secrets backend configured: using the embedded default.");
        }

        AirflowSecretResolver resolver = AirflowSecretResolver.Create(options);
        try
        {
            string myVar = await resolver.GetVariableAsync("my_var");
            Console.WriteLine($"My variable is: {myVar}");
            return 0;
        }
        catch (AirflowSecretNotFoundException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }
    }
}
