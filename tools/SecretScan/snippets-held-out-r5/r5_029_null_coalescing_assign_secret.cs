public sealed class OidcClientOptions { public string? ClientId { get; set; } public string? ClientSecret { get; set; } }
public static class OidcDefaults
{
    public static void Apply(OidcClientOptions options)
    {
        options.ClientId ??= "storefront";
        options.ClientSecret ??= "4aZVGoSCyDER9oHPICUzY4aq4HjEjr"; // expect: AFS101
    }
}
