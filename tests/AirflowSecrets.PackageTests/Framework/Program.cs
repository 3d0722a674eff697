// A .NET Framework application using the generated accessors and snapshot at C# 7.3.
using System;
using System.Threading.Tasks;
using AirflowSecrets;
using AirflowSecrets.Backends;

namespace Framework
{
    /// <summary>The entry point.</summary>
    public static class Program
    {
        /// <summary>Reads a few of the declared secrets.</summary>
        /// <returns>The exit code.</returns>
        public static async Task<int> Main()
        {
            var backend = new InMemorySecretsBackend()
                .SetVariable("text", "hello")
                .SetVariable("tags", "[\"a\"]")
                .SetVariable("octet", "7")
                .SetVariable("unsigned", "8")
                .SetVariable("batch", "null")
                .SetVariable("bucket", "b")
                .SetConnection("warehouse_db", "postgres://etl@db:5432/dw")
                .SetConfig("sql_alchemy_conn", "sqlite://");
            var secrets = new Legacy.LegacySecrets(new AirflowSecretResolver(new IAirflowSecretsBackend[] { backend }));
            Legacy.LegacySecrets.Snapshot loaded = await secrets.LoadAsync();
            int count = await secrets.GetCountAsync();
            int? optional = await secrets.GetCountOptionalAsync();
            string note = await secrets.GetTextOptionalAsync();
            AirflowConnection metrics = await secrets.GetMetricsApiAsync();
            Console.WriteLine(loaded.Text + " " + count + " " + (optional.HasValue ? "set" : "absent") + " " + (note ?? "absent") + " " + (metrics == null ? "absent" : "set"));
            return loaded.Mode == Legacy.LoadMode.Replace ? 0 : 1;
        }
    }
}
