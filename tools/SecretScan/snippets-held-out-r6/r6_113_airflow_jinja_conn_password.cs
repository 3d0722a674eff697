namespace Pipelines.Templates;

public static class DagSnippets
{
    public const string PsqlCommand = "PGPASSWORD='{{ conn.warehouse.password }}' psql -h {{ conn.warehouse.host }} -U {{ conn.warehouse.login }} -c 'select 1'";
}
