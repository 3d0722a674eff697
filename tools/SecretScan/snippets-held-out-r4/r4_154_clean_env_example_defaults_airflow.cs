namespace Airflow.Init;

public static class EnvTemplate
{
    public static void Write(string path) => File.WriteAllText(path,
        "AIRFLOW_UID=50000\n" +
        "AIRFLOW__CORE__FERNET_KEY=\n" +
        "AIRFLOW__WEBSERVER__SECRET_KEY=<generate with: openssl rand -hex 32>\n" +
        "_AIRFLOW_WWW_USER_USERNAME=admin\n" +
        "_AIRFLOW_WWW_USER_PASSWORD=${AIRFLOW_ADMIN_PASSWORD}\n" +
        "AIRFLOW_CONN_WAREHOUSE=postgres://etl:${WAREHOUSE_PASSWORD}@pg-dw:5432/dw\n");
}
