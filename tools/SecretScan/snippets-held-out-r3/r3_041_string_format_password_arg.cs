using Microsoft.Data.SqlClient;

namespace Legacy.Jobs;

public static class Nightly
{
    private const string Format = "Data Source={0};Initial Catalog=jobs;User ID=jobrunner;Password={1};";

    public static SqlConnection Connect(string server)
    {
        var cs = string.Format(Format, server,
            "Night-Owl-Runner3"); // expect: AFS103
        return new SqlConnection(cs);
    }
}
