using System.Diagnostics;

namespace AirflowRunner;

public static class Scheduler
{
    public static Process Start()
    {
        var psi = new ProcessStartInfo("airflow", "scheduler") { UseShellExecute = false };
        psi.Environment["AIRFLOW__SECRETS__BACKEND"] = "airflow.providers.microsoft.azure.secrets.key_vault.AzureKeyVaultBackend";
        psi.Environment["AIRFLOW__SECRETS__BACKEND_KWARGS"] = "{\"connections_prefix\": \"airflow-connections\", \"vault_url\": \"https://contoso-af.vault.azure.net/\", \"tenant_id\": \"0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d\", \"client_id\": \"4d2c1b0a-9e8f-4a7b-b6c5-d4e3f2a1b0c9\", \"client_secret\": \"Hq3.Vault-Runner_77\"}"; // expect: AFS103
        psi.Environment["AIRFLOW__CORE__FERNET_KEY"] = "euc5tp53P8DpLendmridg6AmNLUg4ndpI5WQsCYzr50="; // expect: AFS102
        psi.Environment["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = "postgresql+psycopg2://airflow:Meta-db_Oak42@pg-airflow:5432/airflow"; // expect: AFS103
        return Process.Start(psi)!;
    }
}
