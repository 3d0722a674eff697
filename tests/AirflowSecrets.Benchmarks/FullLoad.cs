using System.Threading;
using System.Threading.Tasks;
using Azure.Security.KeyVault.Secrets;

namespace AirflowSecrets.Benchmarks;

/// <summary>The provider-style full load's one read: a GET under the shared concurrency gate (as AddAzureKeyVault reads, 32 at a time).</summary>
internal static class FullLoad
{
    public static async Task<KeyVaultSecret> ReadAsync(SecretClient client, SemaphoreSlim gate, string name)
    {
        await gate.WaitAsync();
        try
        {
            return (await client.GetSecretAsync(name)).Value;
        }
        finally
        {
            gate.Release();
        }
    }
}
