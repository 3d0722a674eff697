using System.Diagnostics.CodeAnalysis;
using System.Threading.Tasks;
using AirflowSecrets.CodeFixes;
using Fix = AirflowSecrets.Generators.Tests.Support.CodeFixVerifier<AirflowSecrets.Analyzers.HardCodedSecretAnalyzer, AirflowSecrets.CodeFixes.SecretCodeFixProvider>;

namespace AirflowSecrets.Analyzers.Tests;

/// <summary>
/// Each fix on its findings; the testing framework also runs Fix All (document, project, solution) whenever a test
/// has more than one finding, so each test with several findings, of one rule or of several, checks Fix All too.
/// </summary>
[SuppressMessage("AirflowSecrets.Security", "AFS103", Justification = "Test inputs of the code fixes: made-up credentials.")]
[SuppressMessage("AirflowSecrets.Security", "AFS104", Justification = "Test inputs of the code fixes: made-up credentials.")]
public sealed class SecretCodeFixTests
{
    [Fact]
    public Task A_client_secret_is_read_from_AZURE_CLIENT_SECRET() => Fix.VerifyAsync("""
        using System;
        using Azure.Identity;
        class Job
        {
            ClientSecretCredential First() => new ClientSecretCredential("t", "c", {|AFS101:"s3cr3t-one!"|});
            ClientSecretCredential Second() => new ClientSecretCredential("t", "c", clientSecret: {|AFS101:"s3cr3t-two!"|});
        }
        """, """
        using System;
        using Azure.Identity;
        class Job
        {
            ClientSecretCredential First() => new ClientSecretCredential("t", "c", Environment.GetEnvironmentVariable("AZURE_CLIENT_SECRET") ?? throw new InvalidOperationException("The environment variable AZURE_CLIENT_SECRET is not set."));
            ClientSecretCredential Second() => new ClientSecretCredential("t", "c", clientSecret: Environment.GetEnvironmentVariable("AZURE_CLIENT_SECRET") ?? throw new InvalidOperationException("The environment variable AZURE_CLIENT_SECRET is not set."));
        }
        """, SecretCodeFixProvider.MoveOutKey);

    [Fact]
    public Task A_client_secret_credential_becomes_DefaultAzureCredential() => Fix.VerifyAsync("""
        using Azure.Core;
        using Azure.Identity;
        class Job
        {
            TokenCredential Credential() => new ClientSecretCredential("t", "c", {|AFS101:"s3cr3t-one!"|});
        }
        """, """
        using Azure.Core;
        using Azure.Identity;
        class Job
        {
            TokenCredential Credential() => new DefaultAzureCredential();
        }
        """, SecretCodeFixProvider.UseDefaultCredentialKey);

    [Fact]
    public Task Setting_a_secret_environment_variable_is_removed() => Fix.VerifyAsync("""
        using System;
        class Job
        {
            void Configure()
            {
                Environment.SetEnvironmentVariable("AZURE_CLIENT_SECRET", {|AFS102:"q9-secret-w8"|});
                Environment.SetEnvironmentVariable("AIRFLOW_CONN_WAREHOUSE", {|AFS103:"postgres://etl:pg-pw-9@db/dw"|});
                Environment.SetEnvironmentVariable("AIRFLOW_VAR_REGION", "westeurope");
            }
        }
        """, """
        using System;
        class Job
        {
            void Configure()
            {
                Environment.SetEnvironmentVariable("AIRFLOW_VAR_REGION", "westeurope");
            }
        }
        """, SecretCodeFixProvider.MoveOutKey);

    [Fact]
    public Task Secret_entries_are_read_from_the_environment() => Fix.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        class Job
        {
            Dictionary<string, string?> Settings() => new Dictionary<string, string?>
            {
                ["AzureAd:ClientId"] = "0b5c3f4e-7d2a-4c1b-9e8f-123456789abc",
                ["AzureAd:ClientSecret"] = {|AFS102:"azure-ad-s3cret"|},
            };

            void Start(ProcessStartInfo start)
            {
                start.Environment["AIRFLOW_CONN_WAREHOUSE"] = {|AFS103:"postgres://etl:pg-pw-9@db/dw"|};
            }
        }
        """, """
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        class Job
        {
            Dictionary<string, string?> Settings() => new Dictionary<string, string?>
            {
                ["AzureAd:ClientId"] = "0b5c3f4e-7d2a-4c1b-9e8f-123456789abc",
                ["AzureAd:ClientSecret"] = Environment.GetEnvironmentVariable("AzureAd__ClientSecret") ?? throw new InvalidOperationException("The environment variable AzureAd__ClientSecret is not set."),
            };

            void Start(ProcessStartInfo start)
            {
                start.Environment["AIRFLOW_CONN_WAREHOUSE"] = Environment.GetEnvironmentVariable("AIRFLOW_CONN_WAREHOUSE") ?? throw new InvalidOperationException("The environment variable AIRFLOW_CONN_WAREHOUSE is not set.");
            }
        }
        """, SecretCodeFixProvider.MoveOutKey);

    /// <summary>
    /// All four rules in one file, fixed by one Fix All: members and locals named like credentials, a connection
    /// string, a known format; constants become static readonly fields; the file still compiles (the verifier checks).
    /// </summary>
    [Fact]
    public Task Every_rule_gets_its_fix_and_one_Fix_All_applies_them_all() => Fix.VerifyAsync("""
        using System;
        using System.Net;
        class Options { public string? Password { get; set; } }
        class Job
        {
            private const string ApiKey = {|AFS101:"k3y-9f8e7d6c5b4a"|};
            private static readonly string Warehouse = {|AFS103:"Host=dw;Username=etl;Password=Wh-pw-2026!"|};

            Options Make() => new Options { Password = {|AFS101:"Winter2024!"|} };

            NetworkCredential Credential() => new NetworkCredential("svc", {|AFS101:"n3tw0rk!"|});

            string Token()
            {
                var published = {|AFS104:"ghp_4mZ8xQ2vN7kL1pR9tB3wY6cH0jD5fS8gA2eU"|};
                return published + ApiKey + Warehouse;
            }

            char[] Secret() => {|AFS101:"Ch4rs-Secret!"|}.ToCharArray();
        }
        """, """
        using System;
        using System.Net;
        class Options { public string? Password { get; set; } }
        class Job
        {
            private static readonly string ApiKey = Environment.GetEnvironmentVariable("API_KEY") ?? throw new InvalidOperationException("The environment variable API_KEY is not set.");
            private static readonly string Warehouse = Environment.GetEnvironmentVariable("WAREHOUSE") ?? throw new InvalidOperationException("The environment variable WAREHOUSE is not set.");

            Options Make() => new Options { Password = Environment.GetEnvironmentVariable("PASSWORD") ?? throw new InvalidOperationException("The environment variable PASSWORD is not set.") };

            NetworkCredential Credential() => new NetworkCredential("svc", Environment.GetEnvironmentVariable("PASSWORD") ?? throw new InvalidOperationException("The environment variable PASSWORD is not set."));

            string Token()
            {
                var published = Environment.GetEnvironmentVariable("GITHUB_TOKEN") ?? throw new InvalidOperationException("The environment variable GITHUB_TOKEN is not set.");
                return published + ApiKey + Warehouse;
            }

            char[] Secret() => (Environment.GetEnvironmentVariable("SECRET") ?? throw new InvalidOperationException("The environment variable SECRET is not set.")).ToCharArray();
        }
        """, SecretCodeFixProvider.MoveOutKey);

    /// <summary>Where a constant is required (an attribute, a default value, a constant used by another), there is nothing to fix with.</summary>
    [Fact]
    public Task No_fix_where_the_value_must_stay_constant() => Fix.VerifyAsync("""
        using System;
        [AttributeUsage(AttributeTargets.Class)]
        sealed class ServiceAccountAttribute : Attribute { public ServiceAccountAttribute(string user, string password) { } }
        [ServiceAccount("etl", {|AFS101:"Attr-Passw0rd!"|})]
        class Job
        {
            private const string Password = {|AFS101:"C0nst-Pw-Used!"|};
            private const string Both = Password + "-suffix";
            static string Describe(string password = {|AFS101:"Dflt-Pw-2026!"|}) => password + Both;
        }
        """, """
        using System;
        [AttributeUsage(AttributeTargets.Class)]
        sealed class ServiceAccountAttribute : Attribute { public ServiceAccountAttribute(string user, string password) { } }
        [ServiceAccount("etl", {|AFS101:"Attr-Passw0rd!"|})]
        class Job
        {
            private const string Password = {|AFS101:"C0nst-Pw-Used!"|};
            private const string Both = Password + "-suffix";
            static string Describe(string password = {|AFS101:"Dflt-Pw-2026!"|}) => password + Both;
        }
        """, SecretCodeFixProvider.MoveOutKey);
}
