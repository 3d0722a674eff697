namespace Airflow.Deploy;

public static class SecretsBackend
{
    public static void Apply(IDictionary<string, string> env)
    {
        env["AIRFLOW__SECRETS__BACKEND"] = "airflow.providers.microsoft.azure.secrets.key_vault.AzureKeyVaultBackend";
        env["AIRFLOW__SECRETS__BACKEND_KWARGS"] = "{\"connections_prefix\": \"airflow-connections\", \"variables_prefix\": \"airflow-variables\", \"vault_url\": \"https://contoso-airflow-kv.vault.azure.net/\"}";
        env["AZURE_CLIENT_ID"] = "b7f26498-58fc-4f23-9a1b-20ed44669db1";
        env["AZURE_FEDERATED_TOKEN_FILE"] = "/var/run/secrets/azure/tokens/azure-identity-token";
    }
}
