using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using AirflowSecrets.Testing;
using AirflowSecrets.Tests.Support;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Logging;

namespace AirflowSecrets.Tests.EndToEnd;

/// <summary>
/// A vault that cannot be reached, with the real SecretClient and real sockets: a refused port, a name that does not
/// resolve, a certificate the client does not trust, a vault slower than the timeout. Each names its cause; a job
/// during an outage pays one retry budget, not one per key, and logs one warning without a stack trace.
/// </summary>
[SuppressMessage("AirflowSecrets.Security", "AFS102", Justification = "Made-up environment fallbacks of the test job.")]
[SuppressMessage("AirflowSecrets.Security", "AFS101", Justification = "A made-up wrong client secret the token endpoint must refuse.")]
public sealed class OutageOverLoopbackTests : IAsyncLifetime, IDisposable
{
    private static readonly Uri RefusedPort = new("https://127.0.0.1:1/");
    private static readonly Uri UnresolvableHost = new("https://airflow-secrets-test-vault.invalid/");
    private static readonly string[] JobKeys = { "batch_size", "region", "bucket", "schema", "retries", "owner" };

    private readonly Dictionary<string, string> _env = new(StringComparer.Ordinal);
    private readonly ListLogger _log = new();
    private readonly AttemptCounter _attempts = new();
    private LoopbackKeyVault _vault = null!;
    private long _now;

    public async Task InitializeAsync() => _vault = await LoopbackKeyVault.StartAsync();

    public async Task DisposeAsync() => await _vault.DisposeAsync();

    public void Dispose() => _log.Dispose();

    // Counts the attempts that reach the transport: what the retry budget is spent on.
    private sealed class AttemptCounter : HttpPipelinePolicy
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Interlocked.Increment(ref _count);
            ProcessNext(message, pipeline);
        }

        public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Interlocked.Increment(ref _count);
            return ProcessNextAsync(message, pipeline);
        }
    }

    // The vault's application and token endpoint, a client that trusts only the machine's store (not the loopback
    // certificate) unless pinned, and retries in milliseconds: the test counts attempts, it never waits on back-off.
    private AzureKeyVaultBackendOptions BackendOptions(Uri vaultUrl, bool trustVault = false, TimeSpan? networkTimeout = null)
    {
        var options = new AzureKeyVaultBackendOptions { VaultUrl = vaultUrl, TenantId = _vault.TenantId, ClientId = _vault.ClientId, ClientSecret = _vault.ClientSecret };
        if (trustVault)
        {
            _vault.Attach(options);
        }
        else
        {
            options.ConfigureCredentialOptions = _vault.ConfigureCredentialOptions;
            options.ClientOptions = new SecretClientOptions { DisableChallengeResourceVerification = true };
        }

        SecretClientOptions client = options.ClientOptions!;
        client.Retry.MaxRetries = AzureKeyVaultBackendOptions.DefaultMaxRetries;
        client.Retry.Delay = TimeSpan.FromMilliseconds(2);
        client.Retry.MaxDelay = TimeSpan.FromMilliseconds(10);
        if (networkTimeout != null) client.Retry.NetworkTimeout = networkTimeout.Value;
        client.AddPolicy(_attempts, HttpPipelinePosition.BeforeTransport);
        return options;
    }

    private AirflowSecretResolver Create(AzureKeyVaultBackendOptions keyVault, AirflowSecretsOptions? options = null) =>
        new(new IAirflowSecretsBackend[] { new AzureKeyVaultBackend(keyVault), new EnvironmentVariablesBackend(_env) }, options ?? new AirflowSecretsOptions(), _log, () => _now);

    private void Advance(TimeSpan span) => _now += (long)(span.TotalSeconds * Stopwatch.Frequency);

    private string[] Warnings => _log.Entries.Where(e => e.Level >= LogLevel.Warning).Select(e => e.Text).ToArray();

    private static int OneRetryBudget => AzureKeyVaultBackendOptions.DefaultMaxRetries + 1;

    private void AssertOneLineWithoutStackTrace(string warning)
    {
        Assert.DoesNotContain('\n', warning);
        Assert.DoesNotContain("Exception", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", warning, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Causes => new()
    {
        { "refused port", "connection refused" },
        { "unresolvable host", "host not found" },
        { "untrusted certificate", "TLS: certificate not trusted (UntrustedRoot)" },
        { "slower than the timeout", "timed out after 0.2 s" },
    };

    private AzureKeyVaultBackendOptions Unreachable(string how)
    {
        switch (how)
        {
            case "refused port": return BackendOptions(RefusedPort);
            case "unresolvable host": return BackendOptions(UnresolvableHost);
            case "untrusted certificate": return BackendOptions(_vault.VaultUri);
            default:
                _vault.Store.SetVariable("my_var", "too late");
                _vault.Latency = TimeSpan.FromSeconds(30);
                return BackendOptions(_vault.VaultUri, trustVault: true, networkTimeout: TimeSpan.FromMilliseconds(200));
        }
    }

    [Theory]
    [MemberData(nameof(Causes))]
    public async Task An_unreachable_vault_is_named_by_its_cause_in_one_warning_and_in_the_error(string how, string cause)
    {
        AirflowSecretResolver resolver = Create(Unreachable(how));

        var error = await Assert.ThrowsAsync<AirflowSecretNotFoundException>(async () => await resolver.GetVariableAsync("my_var"));

        Assert.True(error.Unreadable);
        Assert.StartsWith("Variable 'my_var' could not be read.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Azure Key Vault secret 'airflow-variables-my-var': failed (" + cause, error.Message, StringComparison.Ordinal);
        Assert.Contains("(" + OneRetryBudget + " attempts)", error.Message, StringComparison.Ordinal);
        string warning = Assert.Single(Warnings);
        Assert.Contains("variable 'my_var' from Azure Key Vault (" + cause, warning, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("skip it for 30 s", warning, StringComparison.Ordinal);
        AssertOneLineWithoutStackTrace(warning);
        Assert.Contains(_log.Entries, e => e.Level == LogLevel.Debug && e.Text.Contains("Exception", StringComparison.Ordinal));
        Assert.False(resolver.GetBackendStatuses()[0].IsAvailable);
    }

    [Fact]
    public async Task An_untrusted_certificate_error_names_the_fix()
    {
        AirflowSecretResolver resolver = Create(BackendOptions(_vault.VaultUri));
        var error = await Assert.ThrowsAsync<AirflowSecretNotFoundException>(async () => await resolver.GetVariableAsync("my_var"));
        Assert.Contains("set \"connection_verify\": \"<path of its CA certificate, PEM>\" in the backend kwargs", error.Message, StringComparison.Ordinal);
        Assert.Contains("airflow-secrets dev-vault", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_six_key_job_with_environment_fallbacks_pays_one_retry_budget_and_logs_one_warning()
    {
        foreach (string key in JobKeys) _env["AIRFLOW_VAR_" + key.ToUpperInvariant()] = "env-" + key;
        AirflowSecretResolver resolver = Create(BackendOptions(RefusedPort));

        // The job reads its keys one after another, as generated accessors do.
        foreach (string key in JobKeys) Assert.Equal("env-" + key, await resolver.GetVariableAsync(key));

        Assert.Equal(OneRetryBudget, _attempts.Count);
        string warning = Assert.Single(Warnings);
        Assert.Contains("Variable 'batch_size' from Azure Key Vault (connection refused (4 attempts))", warning, StringComparison.Ordinal);
        AssertOneLineWithoutStackTrace(warning);

        // The keys read while the vault was skipped say so where a missing key is reported.
        _env.Remove("AIRFLOW_VAR_OWNER");
        var missing = await Assert.ThrowsAsync<AirflowSecretNotFoundException>(async () => await resolver.GetVariableAsync("owner"));
        Assert.Contains("airflow-variables-owner': skipped (connection refused; unavailable, asked again in 30 s)", missing.Message, StringComparison.Ordinal);
        Assert.Equal(OneRetryBudget, _attempts.Count);
    }

    [Fact]
    public async Task A_bulk_load_of_six_keys_against_a_refused_port_shares_one_retry_budget()
    {
        foreach (string key in JobKeys) _env["AIRFLOW_VAR_" + key.ToUpperInvariant()] = "env-" + key;
        AirflowSecretResolver resolver = Create(BackendOptions(RefusedPort));

        AirflowSecretsSnapshot snapshot = await resolver.LoadAsync(JobKeys.Select(k => AirflowSecretKey.Variable(k)));

        Assert.All(JobKeys, key => Assert.Equal("env-" + key, snapshot.GetVariable(key)));
        Assert.InRange(_attempts.Count, 1, OneRetryBudget);
        string warning = Assert.Single(Warnings);
        Assert.Contains("connection refused", warning, StringComparison.Ordinal);
        AssertOneLineWithoutStackTrace(warning);
    }

    [Fact]
    public async Task After_the_interval_one_probe_shared_by_concurrent_callers_asks_again_and_a_recovered_vault_answers()
    {
        foreach (string key in JobKeys) _env["AIRFLOW_VAR_" + key.ToUpperInvariant()] = "env-" + key;
        AirflowSecretResolver resolver = Create(BackendOptions(UnresolvableHost));
        Assert.Equal("env-region", await resolver.GetVariableAsync("region"));
        Assert.Equal(OneRetryBudget, _attempts.Count);
        string[] values = await Task.WhenAll(JobKeys.Select(k => resolver.GetVariableAsync(k).AsTask()));
        Assert.Equal(JobKeys.Select(k => "env-" + k), values);
        Assert.Equal(OneRetryBudget, _attempts.Count);

        // Past the interval, a burst of concurrent reads sends one probe, which fails: one more budget, one more warning.
        Advance(AirflowSecretsOptions.DefaultOutageInterval + TimeSpan.FromSeconds(1));
        values = await Task.WhenAll(JobKeys.Select(k => resolver.GetVariableAsync(k).AsTask()));
        Assert.Equal(JobKeys.Select(k => "env-" + k), values);
        Assert.Equal(2 * OneRetryBudget, _attempts.Count);
        Assert.Equal(2, Warnings.Length);
        Assert.All(Warnings, warning => Assert.Contains("host not found", warning, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_vault_that_comes_back_is_used_again_after_the_interval()
    {
        _vault.Store.SetVariable("region", "from-the-vault");
        _env["AIRFLOW_VAR_REGION"] = "env-region";
        LoopbackFaultRule outage = _vault.InjectFault(LoopbackFault.DropConnection());
        AirflowSecretResolver resolver = Create(BackendOptions(_vault.VaultUri, trustVault: true));
        Assert.Equal("env-region", await resolver.GetVariableAsync("region"));
        string dropped = Assert.Single(Warnings);
        Assert.True(dropped.Contains("connection closed before an answer", StringComparison.Ordinal), dropped);

        outage.Remove();
        Assert.Equal("env-region", await resolver.GetVariableAsync("region"));
        Advance(AirflowSecretsOptions.DefaultOutageInterval);
        Assert.Equal("from-the-vault", await resolver.GetVariableAsync("region"));
        Assert.True(resolver.GetBackendStatuses()[0].IsAvailable);
        Assert.Contains(_log.At(LogLevel.Information), line => line.Contains("Azure Key Vault answers again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_outage_awareness_off_every_key_pays_the_retry_budget()
    {
        foreach (string key in JobKeys) _env["AIRFLOW_VAR_" + key.ToUpperInvariant()] = "env-" + key;
        AirflowSecretResolver resolver = Create(BackendOptions(RefusedPort), new AirflowSecretsOptions { OutageInterval = TimeSpan.Zero });
        foreach (string key in JobKeys) Assert.Equal("env-" + key, await resolver.GetVariableAsync(key));
        Assert.Equal(JobKeys.Length * OneRetryBudget, _attempts.Count);
        Assert.Equal(JobKeys.Length, Warnings.Length);
        Assert.All(Warnings, AssertOneLineWithoutStackTrace);
    }

    [Fact]
    public async Task A_wrong_client_secret_names_the_token_endpoints_answer_and_is_not_an_outage()
    {
        _env["AIRFLOW_VAR_MY_VAR"] = "from-env";
        AzureKeyVaultBackendOptions options = BackendOptions(_vault.VaultUri, trustVault: true);
        options.ClientSecret = "not-the-applications-secret";
        AirflowSecretResolver resolver = Create(options);
        Assert.Equal("from-env", await resolver.GetVariableAsync("my_var"));
        string warning = Assert.Single(Warnings);
        Assert.Contains("authentication failed: 401 from the token endpoint (AADSTS7000215)", warning, StringComparison.Ordinal);
        AssertOneLineWithoutStackTrace(warning);
        Assert.True(resolver.GetBackendStatuses()[0].IsAvailable);
    }

    [Fact]
    public async Task A_challenge_for_another_domain_names_the_kwarg_that_allows_it()
    {
        AzureKeyVaultBackendOptions options = BackendOptions(_vault.VaultUri, trustVault: true);
        options.ClientOptions!.DisableChallengeResourceVerification = false;
        AirflowSecretResolver resolver = Create(options);
        var error = await Assert.ThrowsAsync<AirflowSecretNotFoundException>(async () => await resolver.GetVariableAsync("my_var"));
        Assert.Contains("set \"verify_challenge_resource\": false in the backend kwargs", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", error.Message, StringComparison.Ordinal);
    }
}
