using k8s.Models;

namespace Airflow.Chart;

public static class SchedulerEnv
{
    public static IList<V1EnvVar> Build() => new List<V1EnvVar>
    {
        new() { Name = "AIRFLOW__CORE__FERNET_KEY_CMD", Value = "cat /run/secrets/airflow/fernet-key" },
        new() { Name = "AIRFLOW__WEBSERVER__SECRET_KEY_CMD", Value = "cat /run/secrets/airflow/webserver-secret-key" },
        new() { Name = "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_SECRET", Value = "airflow-metadata-db-uri" },
        new() { Name = "AIRFLOW__CELERY__BROKER_URL_CMD", Value = "/opt/airflow/bin/broker-url --from-vault" },
    };
}
