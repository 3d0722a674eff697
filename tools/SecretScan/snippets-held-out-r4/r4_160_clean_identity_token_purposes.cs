using Microsoft.AspNetCore.Identity;

namespace Accounts.Services;

public sealed class ResetLinks(UserManager<AppUser> users)
{
    private const string ResetPasswordPurpose = "ResetPassword";
    private const string ApiKeyTokenProvider = "ApiKeyTokenProvider";
    private const string RefreshTokenName = "RefreshToken";

    public Task<string> CreateAsync(AppUser user) => users.GenerateUserTokenAsync(user, TokenOptions.DefaultProvider, ResetPasswordPurpose);

    public Task<bool> CheckAsync(AppUser user, string token) => users.VerifyUserTokenAsync(user, TokenOptions.DefaultProvider, ResetPasswordPurpose, token);

    public Task<string?> StoredRefreshAsync(AppUser user) => users.GetAuthenticationTokenAsync(user, ApiKeyTokenProvider, RefreshTokenName);
}
