namespace Config.Vault;

public sealed class VaultReader(HttpClient http)
{
    private const string TokenHeader = "X-Vault-Token";
    private const string ServiceTokenPrefix = "hvs.";

    public async Task<string> ReadAsync(string path)
    {
        var token = (await File.ReadAllTextAsync("/var/run/secrets/vault/token")).Trim();
        if (!token.StartsWith(ServiceTokenPrefix, StringComparison.Ordinal)) throw new InvalidOperationException("Unexpected Vault token format.");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v1/{path}");
        request.Headers.Add(TokenHeader, token);
        using var response = await http.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }
}
