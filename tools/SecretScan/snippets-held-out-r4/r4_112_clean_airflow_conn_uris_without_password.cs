namespace Airflow.Dags.Tests;

public static class TestConnections
{
    public static void Apply()
    {
        Environment.SetEnvironmentVariable("AIRFLOW_CONN_WAREHOUSE", "postgres://etl_loader@pg-dw.internal:5432/dw?sslmode=verify-full");
        Environment.SetEnvironmentVariable("AIRFLOW_CONN_GOOGLE_CLOUD_DEFAULT", "google-cloud-platform://?key_path=%2Fopt%2Fairflow%2Fkeys%2Fsa.json&project=media-prod");
        Environment.SetEnvironmentVariable("AIRFLOW_CONN_AWS_DEFAULT", "aws://?region_name=eu-west-1&role_arn=arn%3Aaws%3Aiam%3A%3A210987654321%3Arole%2Fairflow");
        Environment.SetEnvironmentVariable("AIRFLOW_CONN_WASB_DEFAULT", "wasb://?extra__wasb__account_name=contosolake&extra__wasb__managed_identity_client_id=37e78f71-d4c3-4db4-adfd-9dd74d5a6ccb");
    }
}
