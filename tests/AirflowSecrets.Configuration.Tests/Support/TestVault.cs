using System;
using System.Threading.Tasks;
using AirflowSecrets.Testing;

namespace AirflowSecrets.Configuration.Tests.Support;

/// <summary>A loopback vault and the resolver settings that read it (retries in milliseconds: tests never wait on back-off).</summary>
public static class TestVault
{
    public static Task<LoopbackKeyVault> StartAsync() => LoopbackKeyVault.StartAsync();

    /// <summary>The vault only: no environment backend, so the machine's variables never answer.</summary>
    public static AirflowSecretsOptions Options(LoopbackKeyVault vault, Func<string, string?>? environment = null)
    {
        AzureKeyVaultBackendOptions keyVault = vault.CreateBackendOptions();
        keyVault.ClientOptions!.Retry.Delay = TimeSpan.FromMilliseconds(1);
        keyVault.ClientOptions.Retry.MaxDelay = TimeSpan.FromMilliseconds(5);
        return new AirflowSecretsOptions
        {
            KeyVault = keyVault,
            UseEnvironmentVariables = environment != null,
            EnvironmentVariableReader = environment,
        };
    }

    /// <summary>A throw-away secret made at run time: nothing secret is written in the tests.</summary>
    public static string NewPassword() => "pw" + Guid.NewGuid().ToString("N");

    /// <summary>A value that must never show up in a log line, a tag, a health description or an exception.</summary>
    public static string NewCanary() => "canary" + Guid.NewGuid().ToString("N");
}
