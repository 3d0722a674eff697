using System.Text.Json;
using System.Threading.Tasks;
using AirflowSecrets.Testing;

namespace AirflowSecrets.Clients.Tests.Support;

/// <summary>Stores a connection in the loopback Key Vault and reads it back through the real resolver, as a task would.</summary>
internal static class Vault
{
    public static async Task<AirflowConnection> RoundTripAsync(string connId, string storedValue)
    {
        await using LoopbackKeyVault vault = await LoopbackKeyVault.StartAsync();
        vault.Store.SetConnection(connId, storedValue);
        AirflowSecretResolver resolver = AirflowSecretResolver.Create(new AirflowSecretsOptions { KeyVault = vault.CreateBackendOptions() });
        return await resolver.GetConnectionAsync(connId);
    }

    /// <summary>The connection in Airflow's URI form (Airflow's get_uri percent-encodes every field).</summary>
    public static string Uri(AirflowConnection connection) => connection.GetUri();

    /// <summary>The connection in Airflow's JSON form.</summary>
    public static string Json(string connType, string? host, string? login, string? password, string? schema, int? port, object? extra = null) =>
        JsonSerializer.Serialize(new
        {
            conn_type = connType,
            host,
            login,
            password,
            schema,
            port,
            extra,
        });
}
