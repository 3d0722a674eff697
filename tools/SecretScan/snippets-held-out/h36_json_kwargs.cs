using System;
public static class Backend
{
    public static void Use() => Environment.SetEnvironmentVariable("AIRFLOW__SECRETS__BACKEND_KWARGS",
        "{\"connections_prefix\": \"airflow-connections\", \"vault_url\": \"https://kv.vault.azure.net/\", \"client_secret\": \"Yb3!kQ9zLm2Vx7Rt\"}"); // expect: AFS103
}
