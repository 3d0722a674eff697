using System;
public static class AirflowMeta
{
    public static void Configure() => Environment.SetEnvironmentVariable("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN",
        "mssql+pyodbc://airflow_meta:rOeSLvgRQeQPt9LP@sql-meta.internal/airflow?driver=ODBC+Driver+18+for+SQL+Server"); // expect: AFS103
}
