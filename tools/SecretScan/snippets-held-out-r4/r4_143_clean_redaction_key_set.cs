using System.Text.Json.Nodes;

namespace Logging.Json;

public static class Redactor
{
    private static readonly HashSet<string> SecretProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "pwd", "client_secret", "clientSecret", "apiKey", "api_key", "access_token", "refresh_token", "sas",
    };

    public static void Redact(JsonObject node)
    {
        foreach (var (name, value) in node.ToList())
        {
            if (SecretProperties.Contains(name)) node[name] = "[redacted]";
            else if (value is JsonObject child) Redact(child);
        }
    }
}
