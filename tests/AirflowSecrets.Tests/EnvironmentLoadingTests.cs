using System;
using System.Collections.Generic;
using System.Linq;
using AirflowSecrets.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace AirflowSecrets.Tests;

public sealed class EnvironmentLoadingTests
{
    private const string KeyVaultBackend = AirflowSecretsEnvironment.KeyVaultBackendClassPath;
    private const string Url = "https://myvault.vault.azure.net/";

    private static Func<string, string?> Env(params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        return name => map.TryGetValue(name, out string? value) ? value : null;
    }

    [Fact]
    public void Without_a_backend_only_the_environment_is_used_and_that_is_logged()
    {
        var log = new ListLogger();
        AirflowSecretsOptions options = AirflowSecretsEnvironment.FromEnvironment(Env(), log);
        Assert.Null(options.KeyVault);
        Assert.True(options.UseEnvironmentVariables);
        Assert.True(options.UseCache);
        Assert.Contains(log.At(LogLevel.Information), line => line.Contains("AIRFLOW__SECRETS__BACKEND is not set", StringComparison.Ordinal));
    }

    [Fact]
    public void The_guide_configuration_enables_the_vault_with_its_prefixes()
    {
        AirflowSecretsOptions options = AirflowSecretsEnvironment.FromEnvironment(Env(
            ("AIRFLOW__SECRETS__BACKEND", KeyVaultBackend),
            ("AIRFLOW__SECRETS__BACKEND_KWARGS", "{\"connections_prefix\": \"airflow-connections\", \"variables_prefix\": \"airflow-variables\", \"vault_url\": \"" + Url + "\"}")));
        Assert.NotNull(options.KeyVault);
        Assert.Equal(new Uri(Url), options.KeyVault!.VaultUrl);
        Assert.Equal("airflow-connections", options.KeyVault.ConnectionsPrefix);
        Assert.Equal("airflow-variables", options.KeyVault.VariablesPrefix);
        Assert.Equal("airflow-config", options.KeyVault.ConfigPrefix);
        Assert.Equal("-", options.KeyVault.Separator);
    }

    [Fact]
    public void The_legacy_module_path_of_the_backend_is_accepted()
    {
        AirflowSecretsOptions options = AirflowSecretsEnvironment.FromEnvironment(Env(
            ("AIRFLOW__SECRETS__BACKEND", AirflowSecretsEnvironment.LegacyKeyVaultBackendClassPath),
            ("AIRFLOW__SECRETS__BACKEND_KWARGS", "{\"vault_url\": \"" + Url + "\"}")));
        Assert.NotNull(options.KeyVault);
    }

    [Fact]
    public void Another_backend_class_is_a_clear_configuration_error()
    {
        var ex = Assert.Throws<AirflowSecretsConfigurationException>(() => AirflowSecretsEnvironment.FromEnvironment(Env(
            ("AIRFLOW__SECRETS__BACKEND", "airflow.providers.hashicorp.secrets.vault.VaultBackend"))));
        Assert.Equal("AIRFLOW__SECRETS__BACKEND", ex.Setting);
        Assert.Contains("airflow.providers.hashicorp.secrets.vault.VaultBackend", ex.Message, StringComparison.Ordinal);
        Assert.Contains(KeyVaultBackend, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_workers_backend_wins_with_its_own_kwargs()
    {
        AirflowSecretsOptions options = AirflowSecretsEnvironment.FromEnvironment(Env(
            ("AIRFLOW__SECRETS__BACKEND", KeyVaultBackend),
            ("AIRFLOW__SECRETS__BACKEND_KWARGS", "{\"vault_url\": \"https://server.vault.azure.net/\", \"variables_prefix\": \"server\"}"),
            ("AIRFLOW__WORKERS__SECRETS_BACKEND", KeyVaultBackend),
            ("AIRFLOW__WORKERS__SECRETS_BACKEND_KWARGS", "{\"vault_url\": \"https://worker.vault.azure.net/\", \"variables_prefix\": \"worker\"}")));
        Assert.Equal(new Uri("https://worker.vault.azure.net/"), options.KeyVault!.VaultUrl);
        Assert.Equal("worker", options.KeyVault.VariablesPrefix);
    }

    [Fact]
    public void Without_a_workers_backend_the_secrets_backend_and_its_kwargs_apply()
    {
        AirflowSecretsOptions options = AirflowSecretsEnvironment.FromEnvironment(Env(
            ("AIRFLOW__SECRETS__BACKEND", KeyVaultBackend),
            ("AIRFLOW__SECRETS__BACKEND_KWARGS", "{\"vault_url\": \"https://server.vault.azure.net/\"}"),
            ("AIRFLOW__WORKERS__SECRETS_BACKEND_KWARGS", "{\"vault_url\": \"https://worker.vault.azure.net/\"}")));
        Assert.Equal(new Uri("https://server.vault.azure.net/"), options.KeyVault!.VaultUrl);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("0")]
    public void Absent_empty_or_falsy_kwargs_give_the_defaults_without_a_warning(string? kwargs)
    {
        var log = new ListLogger();
        var options = AirflowSecretsEnvironment.ParseKwargs(kwargs, logger: log);
        Assert.Equal("airflow-variables", options.VariablesPrefix);
        Assert.Equal("airflow-connections", options.ConnectionsPrefix);
        Assert.Equal("airflow-config", options.ConfigPrefix);
        Assert.Equal("-", options.Separator);
        Assert.Null(options.VaultUrl);
        Assert.Empty(log.At(LogLevel.Warning));
    }

    [Theory]
    [InlineData("{\"vault_url\": \"https://x.vault.azure.net/\",}", "not valid JSON")]
    [InlineData("{'vault_url': 'https://x.vault.azure.net/'}", "not valid JSON")]
    [InlineData("[\"https://x.vault.azure.net/\"]", "not an object")]
    [InlineData("\"https://x.vault.azure.net/\"", "not an object")]
    public void Invalid_or_non_object_kwargs_are_ignored_with_a_warning_and_the_missing_vault_url_says_why(string kwargs, string reason)
    {
        var log = new ListLogger();
        var ex = Assert.Throws<AirflowSecretsConfigurationException>(() => AirflowSecretsEnvironment.FromEnvironment(
            Env(("AIRFLOW__SECRETS__BACKEND", KeyVaultBackend), ("AIRFLOW__SECRETS__BACKEND_KWARGS", kwargs)), log));
        Assert.Contains(log.At(LogLevel.Warning), line => line.Contains("AIRFLOW__SECRETS__BACKEND_KWARGS", StringComparison.Ordinal) && line.Contains(reason, StringComparison.Ordinal));
        Assert.Equal("vault_url", ex.Setting);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("variables_prefix", "false")]
    [InlineData("variables_prefix", "0")]
    [InlineData("connections_prefix", "1.5")]
    [InlineData("config_prefix", "{\"a\": 1}")]
    [InlineData("connections_prefix", "[\"x\"]")]
    public void A_non_string_prefix_is_a_configuration_error_naming_the_kwarg(string kwarg, string json)
    {
        var ex = Assert.Throws<AirflowSecretsConfigurationException>(() => AirflowSecretsEnvironment.ParseKwargs("{\"" + kwarg + "\": " + json + "}"));
        Assert.Equal(kwarg, ex.Setting);
        Assert.Contains(kwarg, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("null")]
    [InlineData("5")]
    public void An_empty_or_non_string_sep_is_a_configuration_error(string json)
    {
        var ex = Assert.Throws<AirflowSecretsConfigurationException>(() => AirflowSecretsEnvironment.ParseKwargs("{\"sep\": " + json + "}"));
        Assert.Equal("sep", ex.Setting);
    }

    [Fact]
    public void A_null_prefix_disables_that_kind_and_an_empty_one_means_no_prefix()
    {
        var options = AirflowSecretsEnvironment.ParseKwargs("{\"variables_prefix\": null, \"connections_prefix\": \"\", \"vault_url\": \"" + Url + "\"}");
        Assert.Null(options.VariablesPrefix);
        Assert.Equal(string.Empty, options.ConnectionsPrefix);
    }

    [Fact]
    public void Unknown_kwargs_are_reported_by_name_only()
    {
        var log = new ListLogger();
        var options = AirflowSecretsEnvironment.ParseKwargs("{\"vault_url\": \"" + Url + "\", \"logging_enable\": \"canary-3f9a1c\"}", logger: log);
        Assert.Equal(new[] { "logging_enable" }, options.IgnoredKwargs);
        Assert.Contains(log.At(LogLevel.Warning), line => line.Contains("'logging_enable'", StringComparison.Ordinal));
        Assert.DoesNotContain("canary-3f9a1c", log.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_challenge_resource_maps_to_the_client_option()
    {
        var options = AirflowSecretsEnvironment.ParseKwargs("{\"vault_url\": \"" + Url + "\", \"verify_challenge_resource\": false}");
        Assert.True(options.ClientOptions!.DisableChallengeResourceVerification);
    }

    [Theory]
    [InlineData("http://myvault.vault.azure.net/")]
    [InlineData("myvault.vault.azure.net")]
    public void A_vault_url_that_is_not_absolute_https_is_a_configuration_error(string url)
    {
        var ex = Assert.Throws<AirflowSecretsConfigurationException>(() => AirflowSecretsEnvironment.FromEnvironment(Env(
            ("AIRFLOW__SECRETS__BACKEND", KeyVaultBackend), ("AIRFLOW__SECRETS__BACKEND_KWARGS", "{\"vault_url\": \"" + url + "\"}"))));
        Assert.Equal("vault_url", ex.Setting);
    }

    [Fact]
    public void A_missing_vault_url_is_a_configuration_error()
    {
        var ex = Assert.Throws<AirflowSecretsConfigurationException>(() => AirflowSecretsEnvironment.FromEnvironment(Env(
            ("AIRFLOW__SECRETS__BACKEND", KeyVaultBackend), ("AIRFLOW__SECRETS__BACKEND_KWARGS", "{\"variables_prefix\": \"v\"}"))));
        Assert.Equal("vault_url", ex.Setting);
    }

    [Fact]
    public void The_cache_settings_are_read_as_airflow_reads_them()
    {
        AirflowSecretsOptions options = AirflowSecretsEnvironment.FromEnvironment(Env(("AIRFLOW__SECRETS__USE_CACHE", "True"), ("AIRFLOW__SECRETS__CACHE_TTL_SECONDS", "60")));
        Assert.True(options.UseCache);
        Assert.Equal(TimeSpan.FromSeconds(60), options.CacheTtl);
        Assert.Equal(TimeSpan.FromSeconds(900), AirflowSecretsEnvironment.FromEnvironment(Env(("AIRFLOW__SECRETS__USE_CACHE", "t"))).CacheTtl);
        Assert.False(AirflowSecretsEnvironment.FromEnvironment(Env(("AIRFLOW__SECRETS__USE_CACHE", "False"))).UseCache);
        Assert.False(AirflowSecretsEnvironment.FromEnvironment(Env(("AIRFLOW__SECRETS__USE_CACHE", " 0 "))).UseCache);
        Assert.Equal("AIRFLOW__SECRETS__USE_CACHE", Assert.Throws<AirflowSecretsConfigurationException>(
            () => AirflowSecretsEnvironment.FromEnvironment(Env(("AIRFLOW__SECRETS__USE_CACHE", "yes please")))).Setting);
        Assert.Equal("AIRFLOW__SECRETS__CACHE_TTL_SECONDS", Assert.Throws<AirflowSecretsConfigurationException>(
            () => AirflowSecretsEnvironment.FromEnvironment(Env(("AIRFLOW__SECRETS__CACHE_TTL_SECONDS", "ten")))).Setting);
    }

    [Fact]
    public void Configuration_keys_mirror_the_environment_variables()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AIRFLOW:SECRETS:BACKEND"] = KeyVaultBackend,
            ["AIRFLOW:SECRETS:BACKEND_KWARGS"] = "{\"vault_url\": \"" + Url + "\", \"sep\": \"_\"}",
        }).Build();
        AirflowSecretsOptions options = AirflowSecretsEnvironment.FromConfiguration(configuration);
        Assert.Equal(new Uri(Url), options.KeyVault!.VaultUrl);
        Assert.Equal("_", options.KeyVault.Separator);
    }
}
