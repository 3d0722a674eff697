using System.IO;
public static class AirflowConnectionsExport
{
    public static void Write(string path) => File.WriteAllText(path,
        "{\"warehouse_mssql\": {\"conn_type\": \"mssql\", \"host\": \"dw.internal\", \"login\": \"airflow_dw\", \"password\": \"6BZKt7E%tEELpG5Kkna\", \"port\": 1433}}"); // expect: AFS103
}
