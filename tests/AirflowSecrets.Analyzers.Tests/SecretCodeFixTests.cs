using System.Diagnostics.CodeAnalysis;
using System.Threading.Tasks;
using AirflowSecrets.CodeFixes;
using Fix = AirflowSecrets.Analyzers.Tests.Support.CodeFixVerifier<AirflowSecrets.Analyzers.HardCodedSecretAnalyzer, AirflowSecrets.CodeFixes.SecretCodeFixProvider>;

namespace AirflowSecrets.Analyzers.Tests;

/// <summary>Each fix on one finding, and fix-all over several (the testing framework checks fix-all whenever a test has more than one).</summary>
[SuppressMessage("AirflowSecrets.Security", "AFS103", Justification = "Test inputs of the code fixes: made-up credentials.")]
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
        """, SecretCodeFixProvider.ReadClientSecretKey);

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
        """, SecretCodeFixProvider.RemoveSetKey);

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
        """, SecretCodeFixProvider.ReadEntryKey);
}
