namespace Identity.Seed;

public static class SeedUsers
{
    public static IReadOnlyList<AppUser> All { get; } = new[]
    {
        new AppUser { UserName = "ops.lead", Email = "ops.lead@contoso.com", PasswordHash = "$argon2id$v=19$m=65536,t=3,p=4$iHn53a39V4ziA100hr56eQ$sWu188nw2vvqY50gSWO6RzazWnY5EMmskeMHbXAdt1E", Roles = ["admin"] },
        new AppUser { UserName = "support", Email = "support@contoso.com", PasswordHash = "$argon2id$v=19$m=65536,t=3,p=4$EWUwKyaQj6MLjHsPCQpOpA$UOOcxpVSAaN5ykil5AUUYigLcvovf10bGHzW4k7YNLM", Roles = ["support"] },
    };

    public static bool Verify(AppUser user, string candidate) => Argon2.Verify(user.PasswordHash, candidate);
}
