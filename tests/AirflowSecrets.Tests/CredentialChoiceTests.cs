using System;
using System.Diagnostics.CodeAnalysis;
using AirflowSecrets.Backends;
using Azure.Core;
using Azure.Identity;

namespace AirflowSecrets.Tests;

[SuppressMessage("AirflowSecrets.Security", "AFS101", Justification = "Made-up client secrets that select the credential type; no token is ever requested with them.")]
public sealed class CredentialChoiceTests
{
    private static AzureKeyVaultBackendOptions Options(string? tenant, string? client, string? secret) => new()
    {
        VaultUrl = new Uri("https://myvault.vault.azure.net/"),
        TenantId = tenant,
        ClientId = client,
        ClientSecret = secret,
    };

    [Fact]
    public void Tenant_client_and_secret_together_select_a_client_secret_credential()
    {
        Assert.IsType<ClientSecretCredential>(AzureKeyVaultBackend.CreateCredential(Options("tenant", "client", "secret")));
    }

    [Theory]
    [InlineData(null, "client", "secret")]
    [InlineData("tenant", "", "secret")]
    [InlineData("tenant", "client", null)]
    [InlineData(null, null, null)]
    public void Anything_less_falls_back_to_the_default_credential(string? tenant, string? client, string? secret)
    {
        Assert.IsType<DefaultAzureCredential>(AzureKeyVaultBackend.CreateCredential(Options(tenant, client, secret)));
    }

    [Fact]
    public void Managed_and_workload_identity_ids_configure_the_default_credential_only_together()
    {
        var both = Options(null, null, null);
        both.ManagedIdentityClientId = "mi-client";
        both.WorkloadIdentityTenantId = "wi-tenant";
        DefaultAzureCredentialOptions configured = AzureKeyVaultBackend.CreateDefaultCredentialOptions(both);
        Assert.Equal("mi-client", configured.ManagedIdentityClientId);
        Assert.Equal("mi-client", configured.WorkloadIdentityClientId);
        Assert.Equal("wi-tenant", configured.TenantId);
        Assert.Contains("wi-tenant", configured.AdditionallyAllowedTenants);

        var one = Options(null, null, null);
        one.ManagedIdentityClientId = "mi-client";
        DefaultAzureCredentialOptions plain = AzureKeyVaultBackend.CreateDefaultCredentialOptions(one);
        Assert.NotEqual("mi-client", plain.ManagedIdentityClientId);
        Assert.DoesNotContain("mi-client", plain.AdditionallyAllowedTenants);
    }

    [Fact]
    public void A_callers_credential_wins_over_the_kwargs()
    {
        var options = Options("tenant", "client", "secret");
        TokenCredential own = new DefaultAzureCredential();
        options.Credential = own;
        Assert.Same(own, AzureKeyVaultBackend.CreateCredential(options));
    }

    [Fact]
    public void Credential_options_can_be_adjusted_by_the_caller()
    {
        var options = Options("tenant", "client", "secret");
        Uri? seen = null;
        options.ConfigureCredentialOptions = o =>
        {
            o.AuthorityHost = new Uri("https://127.0.0.1:5001/");
            seen = o.AuthorityHost;
        };
        AzureKeyVaultBackend.CreateCredential(options);
        Assert.Equal(new Uri("https://127.0.0.1:5001/"), seen);
    }
}
