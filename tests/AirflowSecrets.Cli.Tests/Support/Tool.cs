using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using AirflowSecrets.Cli;
using AirflowSecrets.Testing;

namespace AirflowSecrets.Cli.Tests.Support;

/// <summary>Runs the tool in this process with Airflow's environment naming a vault, and captures what it writes.</summary>
public static class Tool
{
    public static Task<(int Code, string Out, string Error)> RunAsync(string vaultUrl, Action<AzureKeyVaultBackendOptions> configureBackend, params string[] args) =>
        RunAsync(vaultUrl, configureBackend, new Dictionary<string, string>(), args);

    /// <summary>
    /// With more environment variables (<c>AIRFLOW_CONN_*</c>…); without a vault URL, Airflow's environment names no
    /// backend, so only the environment is read.
    /// </summary>
    public static async Task<(int Code, string Out, string Error)> RunAsync(
        string? vaultUrl, Action<AzureKeyVaultBackendOptions>? configureBackend, IReadOnlyDictionary<string, string> moreEnvironment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new Dictionary<string, string>(moreEnvironment);
        if (vaultUrl != null)
        {
            environment["AIRFLOW__SECRETS__BACKEND"] = AirflowSecretsEnvironment.KeyVaultBackendClassPath;
            environment["AIRFLOW__SECRETS__BACKEND_KWARGS"] = "{\"vault_url\": \"" + vaultUrl + "\"}";
        }

        var context = new CliContext(output, error, name => environment.TryGetValue(name, out string? value) ? value : null, configureBackend);
        int code = await CliApp.RunAsync(args, context);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The vault's application, and a client and credential that trust exactly its certificate.</summary>
    public static Action<AzureKeyVaultBackendOptions> Trusting(LoopbackKeyVault vault) => options =>
    {
        options.TenantId = vault.TenantId;
        options.ClientId = vault.ClientId;
        options.ClientSecret = vault.ClientSecret;
        vault.Attach(options);
    };
}
