using System;
using Microsoft.Data.SqlClient;

// A connection string written over several lines ("Server=…;" + "Password=…;"): the finding stands on the line that
// holds the credential, not on the first line of the concatenation, so the IDE points at the password.
namespace Microsoft.Data.SqlClient
{
    public sealed class SqlConnection { public SqlConnection(string connectionString) { } }
}

namespace Corpus.R3MultilineConcatenation
{
    public static class Connections
    {
        private const string EventHub =
            "Endpoint=sb://ingest-weu.servicebus.windows.net/;" +
            "SharedAccessKeyName=send;" +
            "SharedAccessKey=Tq7vN2pL9xR4sW8zK3mB6cY1dF5gH0jQ2aE4uI8oP6s=;" + // expect: AFS103
            "EntityPath=telemetry";

        private const string Sql =
            "Server=sql-prod.internal;Database=orders;" +
            "User ID=orders_app;" +
            "Password=Kv8#qTz2!Lw5;" + // expect: AFS103
            "Encrypt=True";

        private const string Format = "Data Source={0};Initial Catalog=jobs;User ID=jobrunner;Password={1};";

        public static SqlConnection Nightly(string server) =>
            new SqlConnection(string.Format(Format, server,
                "Mq4-Lantern-Runner7")); // expect: AFS103

        // Without a credential (a placeholder and a run-time value), nothing is reported on any line.
        private const string Placeholder =
            "Server=sql-prod.internal;Database=orders;" +
            "User ID=orders_app;" +
            "Password=<password>;";

        public static string FromRuntime(string password) =>
            "Server=sql-prod.internal;Database=orders;" +
            "User ID=orders_app;" +
            "Password=" + password + ";";
    }
}
