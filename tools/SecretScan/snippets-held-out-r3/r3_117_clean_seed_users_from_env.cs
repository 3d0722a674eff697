using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;

namespace Identity.Seed;

public static class DevUsers
{
    public static async Task SeedAsync(UserManager<IdentityUser> users, IConfiguration configuration)
    {
        foreach (var (name, role) in new[] { ("admin@contoso.local", "Admin"), ("viewer@contoso.local", "Viewer") })
        {
            var password = configuration[$"Seed:{role}:Password"] ?? throw new InvalidOperationException($"Seed:{role}:Password is not set.");
            var user = new IdentityUser { UserName = name, Email = name, EmailConfirmed = true };
            await users.CreateAsync(user, password);
            await users.AddToRoleAsync(user, role);
        }
    }
}
