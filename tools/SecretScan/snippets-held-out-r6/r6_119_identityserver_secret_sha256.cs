using Duende.IdentityServer.Models;

namespace Sso.Config;

public static class Clients
{
    public static IEnumerable<Client> All =>
    [
        new Client
        {
            ClientId = "billing-worker",
            AllowedGrantTypes = GrantTypes.ClientCredentials,
            ClientSecrets = { new Secret("613f5680-8390-de9d-edf8-9ba371d575bd".Sha256()) }, // expect: AFS101
            AllowedScopes = { "billing.api" },
        },
    ];
}
