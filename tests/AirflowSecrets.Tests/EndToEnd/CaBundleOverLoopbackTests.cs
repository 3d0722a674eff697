using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using AirflowSecrets.Testing;
using AirflowSecrets.Tests.Support;

namespace AirflowSecrets.Tests.EndToEnd;

/// <summary>
/// The kwargs Airflow hands to Python's SecretClient that matter for a vault of one's own: <c>connection_verify</c> (a
/// CA bundle, trusted for the vault and the token endpoint) and <c>verify_challenge_resource</c>. No pinning, no code:
/// the same kwargs a second process reads from an env file.
/// </summary>
public sealed class CaBundleOverLoopbackTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("airflow-ca-").FullName;
    private LoopbackKeyVault _vault = null!;

    public async Task InitializeAsync() => _vault = await LoopbackKeyVault.StartAsync();

    public async Task DisposeAsync()
    {
        await _vault.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private string WritePem(LoopbackKeyVault vault, string name)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, vault.CertificatePem);
        return path;
    }

    // The vault's own kwargs and application, with the token endpoint named the way AZURE_AUTHORITY_HOST names it.
    private AzureKeyVaultBackendOptions Kwargs(string extra)
    {
        AzureKeyVaultBackendOptions options = AirflowSecretsEnvironment.ParseKwargs(
            "{\"vault_url\": \"" + _vault.VaultUri + "\", \"tenant_id\": \"" + _vault.TenantId + "\", \"client_id\": \"" + _vault.ClientId
            + "\", \"client_secret\": \"" + _vault.ClientSecret + "\"" + extra + "}");
        options.ConfigureCredentialOptions = credential => credential.AuthorityHost = _vault.AuthorityHost;
        options.ClientOptions!.Retry.Delay = TimeSpan.FromMilliseconds(2);
        return options;
    }

    [Fact]
    public async Task A_ca_bundle_in_connection_verify_trusts_the_vault_and_its_token_endpoint()
    {
        _vault.Store.SetVariable("my_var", "trusted by the bundle");
        string pem = WritePem(_vault, "vault.pem");
        var resolver = new AirflowSecretResolver(new IAirflowSecretsBackend[]
        {
            new AzureKeyVaultBackend(Kwargs(", \"connection_verify\": \"" + pem + "\", \"verify_challenge_resource\": false")),
        });

        Assert.Equal("trusted by the bundle", await resolver.GetVariableAsync("my_var"));
        Assert.Single(_vault.Requests, r => r.Operation == "token" && r.StatusCode == 200);
    }

    [Fact]
    public async Task A_directory_of_pem_files_is_a_bundle_too()
    {
        _vault.Store.SetVariable("my_var", "from a directory bundle");
        await using LoopbackKeyVault other = await LoopbackKeyVault.StartAsync();
        WritePem(other, "a-other.pem");
        WritePem(_vault, "b-vault.pem");
        var resolver = new AirflowSecretResolver(new IAirflowSecretsBackend[]
        {
            new AzureKeyVaultBackend(Kwargs(", \"connection_verify\": \"" + _directory + "\", \"verify_challenge_resource\": false")),
        });
        Assert.Equal("from a directory bundle", await resolver.GetVariableAsync("my_var"));
    }

    [Fact]
    public async Task A_bundle_that_does_not_hold_the_vaults_certificate_is_named_in_the_error()
    {
        await using LoopbackKeyVault other = await LoopbackKeyVault.StartAsync();
        string wrong = WritePem(other, "someone-else.pem");
        var log = new ListLogger();
        var resolver = new AirflowSecretResolver(
            new IAirflowSecretsBackend[] { new AzureKeyVaultBackend(Kwargs(", \"connection_verify\": \"" + wrong + "\", \"verify_challenge_resource\": false")) },
            new AirflowSecretsOptions(), log, null);

        var error = await Assert.ThrowsAsync<AirflowSecretNotFoundException>(async () => await resolver.GetVariableAsync("my_var"));
        Assert.Contains("TLS: certificate not trusted (not issued by the CA bundle); it is not issued by a certificate in connection_verify '" + wrong + "'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_vault.Requests, r => r.Operation == "get");
    }

    [Theory]
    [InlineData("\"/nonexistent/ca.pem\"", "neither a file nor a directory")]
    [InlineData("false", "would turn certificate checks off")]
    [InlineData("3", "must be true or the path of a CA bundle")]
    public void A_bad_connection_verify_is_a_configuration_error_naming_the_kwarg(string value, string problem)
    {
        var error = Assert.Throws<AirflowSecretsConfigurationException>(() =>
            new AzureKeyVaultBackend(AirflowSecretsEnvironment.ParseKwargs("{\"vault_url\": \"" + _vault.VaultUri + "\", \"connection_verify\": " + value + "}")));
        Assert.Equal("connection_verify", error.Setting);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_bundle_stops_the_configuration_when_the_environment_is_read()
    {
        var error = Assert.Throws<AirflowSecretsConfigurationException>(() => AirflowSecretsEnvironment.FromEnvironment(name => name switch
        {
            "AIRFLOW__SECRETS__BACKEND" => AirflowSecretsEnvironment.KeyVaultBackendClassPath,
            "AIRFLOW__SECRETS__BACKEND_KWARGS" => "{\"vault_url\": \"" + _vault.VaultUri + "\", \"connection_verify\": \"/nonexistent/dev-vault.pem\"}",
            _ => null,
        }));
        Assert.Equal("connection_verify", error.Setting);
        Assert.Contains("/nonexistent/dev-vault.pem", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_a_certificate_is_refused()
    {
        string empty = Path.Combine(_directory, "empty.pem");
        File.WriteAllText(empty, "not a certificate");
        var error = Assert.Throws<AirflowSecretsConfigurationException>(() =>
            new AzureKeyVaultBackend(AirflowSecretsEnvironment.ParseKwargs("{\"vault_url\": \"" + _vault.VaultUri + "\", \"connection_verify\": \"" + empty + "\"}")));
        Assert.Contains("holds no PEM certificate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Connection_verify_true_is_the_default_trust_and_the_default_budget_is_documented()
    {
        AzureKeyVaultBackendOptions options = AirflowSecretsEnvironment.ParseKwargs("{\"vault_url\": \"" + _vault.VaultUri + "\", \"connection_verify\": true}");
        Assert.Null(options.ConnectionVerify);
        Azure.Security.KeyVault.Secrets.SecretClientOptions defaults = AzureKeyVaultBackendOptions.CreateClientOptions();
        Assert.Equal((3, TimeSpan.FromSeconds(0.8), TimeSpan.FromSeconds(10)), (defaults.Retry.MaxRetries, defaults.Retry.Delay, defaults.Retry.NetworkTimeout));
        Assert.DoesNotContain("connection_verify", options.IgnoredKwargs);
    }
}
