namespace Connectors;

public enum CredentialKind { None, Password, ClientSecret, ApiKey, Certificate }

public static class CredentialKinds
{
    public static CredentialKind Parse(string value) => value.ToLowerInvariant() switch
    {
        "password" => CredentialKind.Password,
        "client_secret" or "clientsecret" => CredentialKind.ClientSecret,
        "api_key" or "apikey" => CredentialKind.ApiKey,
        "certificate" => CredentialKind.Certificate,
        _ => CredentialKind.None,
    };

    public static string Label(CredentialKind kind)
    {
        switch (kind)
        {
            case CredentialKind.Password: return "Password";
            case CredentialKind.ClientSecret: return "Client secret";
            default: return kind.ToString();
        }
    }
}
