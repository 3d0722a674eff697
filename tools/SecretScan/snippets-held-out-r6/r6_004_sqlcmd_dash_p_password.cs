using System.Diagnostics;

namespace Store.Migrations;

public static class SchemaReset
{
    public static Process Run(string script) =>
        Process.Start("sqlcmd", $"-S tcp:sql-staging.internal,1433 -d store -U migrator -P \"Copper.Fjord.56\" -b -i {script}")!; // expect: AFS102
}
