namespace Legacy.Auth;

public sealed class LegacyUserStore
{
    private static readonly Dictionary<string, string> StoredHashes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["kiosk-01"] = "$2a$11$A1zYomGY1r5g9OoQdSdiDRLZv7GuXpLjcRe/bzY0Mhd9PZxikor.Y",
        ["kiosk-02"] = "$2a$11$DNVDeJFH.xg26mzFgfKdiE8KLDs3yjS7k1TFPf8Yufc.0g.r/2sEy",
    };

    public bool Verify(string user, string suppliedPassword) =>
        StoredHashes.TryGetValue(user, out var hash) && BCrypt.Net.BCrypt.Verify(suppliedPassword, hash);
}
