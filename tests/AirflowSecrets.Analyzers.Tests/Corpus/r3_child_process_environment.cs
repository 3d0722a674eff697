using System;
using System.Collections.Generic;
using System.Diagnostics;

// A child process's environment written in the code: a password tools read from their environment under a run-together
// name (PGPASSWORD, MYSQL_PWD), a Kubernetes V1EnvVar set through its Name and Value properties, and (name, value)
// pairs set in a loop. Non-secret variables, run-time values and placeholders beside them are not reported.
namespace k8s.Models
{
    public sealed class V1EnvVar { public string? Name { get; set; } public string? Value { get; set; } }
}

namespace Corpus.R3ChildProcessEnvironment
{
    using k8s.Models;

    public static class Backup
    {
        public static void Run()
        {
            var dump = new ProcessStartInfo("pg_dump", "-h pg-prod -U backup app") { UseShellExecute = false };
            dump.EnvironmentVariables["PGPASSWORD"] = "Pg-Dump-Lantern2"; // expect: AFS102
            dump.EnvironmentVariables["PGHOST"] = "pg-prod";
            dump.Environment["MYSQL_PWD"] = "My5ql!Harbor-Pass"; // expect: AFS102
            dump.Environment["PGPASSWORD"] = Environment.GetEnvironmentVariable("BACKUP_PG_PASSWORD");
            Process.Start(dump)!.WaitForExit();
        }

        public static List<V1EnvVar> Env() => new()
        {
            new V1EnvVar { Name = "DB_HOST", Value = "pg-prod" },
            new V1EnvVar { Name = "DB_PASSWORD", Value = "K8s-Migrate-Onyx5" }, // expect: AFS102
            new V1EnvVar { Name = "DB_PASSWORD", Value = "${DB_PASSWORD}" },
        };

        public static void Local()
        {
            foreach (var (name, value) in new[]
            {
                ("AZURE_TENANT_ID", "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d"),
                ("AZURE_CLIENT_SECRET", "Local-Job-Sparrow-17"), // expect: AFS102
                ("AZURE_CLIENT_CERTIFICATE_PATH", "/certs/job.pfx"),
            })
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }

        // Named tuple elements keep being judged by their names.
        public static (string User, string Password) Admin() => ("etl", "Etl#Runner-Quartz9"); // expect: AFS101
    }
}
