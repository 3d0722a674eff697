namespace DagGen;

public static class Templates
{
    public const string BashCommand = "PGPASSWORD={{ conn.warehouse_db.password }} psql -h {{ conn.warehouse_db.host }} -U {{ conn.warehouse_db.login }} -c 'select 1'";
    public const string HttpHeaders = "{\"Authorization\": \"Bearer {{ var.value.partner_api_token }}\"}";
    public const string Uri = "postgres://{{ conn.etl.login }}:{{ conn.etl.password }}@{{ conn.etl.host }}/dw";

    public static string Operator(string taskId) =>
        $"BashOperator(task_id=\"{taskId}\", bash_command=\"{BashCommand}\", env={{\"API_KEY\": \"{{{{ var.value.api_key }}}}\"}})";
}
