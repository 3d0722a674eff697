using Microsoft.AspNetCore.Identity;

namespace Identity;

public static class IdentitySetup
{
    public const string PasswordResetProvider = "PasswordResetTokenProvider";

    public static void Configure(IdentityOptions options)
    {
        options.Password.RequiredLength = 12;
        options.Password.RequireDigit = true;
        options.Password.RequireNonAlphanumeric = true;
        options.Password.RequiredUniqueChars = 4;
        options.Tokens.PasswordResetTokenProvider = PasswordResetProvider;
        options.Tokens.AuthenticatorTokenProvider = TokenOptions.DefaultAuthenticatorProvider;
        options.Lockout.MaxFailedAccessAttempts = 5;
    }
}
