using OpenIddict.Abstractions;

namespace Sso.Seed;

public sealed class ClientSeeder
{
    public async Task SeedAsync(IOpenIddictApplicationManager manager, CancellationToken ct)
    {
        if (await manager.FindByClientIdAsync("reporting-portal", ct) is not null) return;
        await manager.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = "reporting-portal",
            ClientSecret = "rp-8d1f0c9e-prod-7b2a", // expect: AFS101
            DisplayName = "Reporting portal",
            Permissions = { OpenIddictConstants.Permissions.Endpoints.Token },
        }, ct);
    }
}
