namespace Dags.Tests;

public static class AirflowEnv
{
    public static void UseLocalMssql() =>
        Environment.SetEnvironmentVariable("AIRFLOW_CONN_MSSQL_REPORTING",
            "{\"conn_type\": \"mssql\", \"host\": \"localhost\", \"login\": \"sa\", \"password\": \"Mssql-Report-Fig8\", \"port\": 1433, \"schema\": \"reporting\"}"); // expect: AFS103
}
