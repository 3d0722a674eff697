public static class Templates
{
    public const string Cmd = "sqlcmd -S %DB_SERVER% -U %DB_USER% -P %DB_PASSWORD% -i migrate.sql";
    public const string Dag = "conn = f\"postgresql://{{ conn.warehouse.login }}:{{ conn.warehouse.password }}@{{ conn.warehouse.host }}/dw\"";
}
