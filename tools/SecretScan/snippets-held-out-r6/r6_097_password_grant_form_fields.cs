namespace Sso.Client;

public static class PasswordGrant
{
    public static FormUrlEncodedContent Build(string user, string password, string clientSecret) => new(new Dictionary<string, string>
    {
        ["grant_type"] = "password",
        ["username"] = user,
        ["password"] = password,
        ["client_id"] = "legacy-desktop",
        ["client_secret"] = clientSecret,
    });
}
