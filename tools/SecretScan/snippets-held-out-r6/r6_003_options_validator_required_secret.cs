using Microsoft.Extensions.Options;

namespace Portal.Web;

public sealed class OidcOptionsValidator : IValidateOptions<OidcClientOptions>
{
    public ValidateOptionsResult Validate(string? name, OidcClientOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ClientSecret))
            return ValidateOptionsResult.Fail("ClientSecret is required; set Oidc__ClientSecret.");
        if (options.ClientSecret.Length < 16)
            return ValidateOptionsResult.Fail("ClientSecret is too short.");
        return ValidateOptionsResult.Success;
    }
}
