namespace Pipelines.LocalRun;

public static class AirflowEnv
{
    public static void Apply() =>
        Environment.SetEnvironmentVariable("AIRFLOW_CONN_WAREHOUSE",
            "{\"conn_type\": \"postgres\", \"host\": \"dw.internal\", \"login\": \"etl\", \"password\": \"gsZCI-9lhrtKyx2k3S\", \"port\": 5432, \"schema\": \"dw\"}"); // expect: AFS103
}
