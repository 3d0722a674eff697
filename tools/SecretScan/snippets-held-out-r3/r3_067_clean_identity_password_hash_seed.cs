using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Identity.Data;

public static class SeedUsers
{
    public static void Apply(ModelBuilder builder) => builder.Entity<IdentityUser>().HasData(new IdentityUser
    {
        Id = "b74ddd14-6340-4840-95c2-db12554843e5",
        UserName = "ops@contoso.com",
        NormalizedUserName = "OPS@CONTOSO.COM",
        Email = "ops@contoso.com",
        NormalizedEmail = "OPS@CONTOSO.COM",
        EmailConfirmed = true,
        PasswordHash = "AQAAAAIAAYagAAAAEJPpfH93yocj5upQRB3jtFe1lAUomVc5qzXd7ou29qXcmC2SAtt6TM1NDS1nUxObwA==",
        SecurityStamp = "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
        ConcurrencyStamp = "c8d7e6f5-a4b3-4c2d-91e0-f1a2b3c4d5e6",
    });
}
