using Microsoft.Extensions.Logging;

namespace Accounts;

public static partial class Messages
{
    public const string PasswordTooShort = "Password must be at least 12 characters long.";
    public const string PasswordMismatch = "The password and confirmation password do not match.";
    public const string ApiKeyRevoked = "This API key has been revoked. Create a new key in the portal.";
    public const string SecretExpired = "The client secret of the app registration expired; rotate it under Certificates & secrets.";

    [LoggerMessage(EventId = 41, Level = LogLevel.Warning, Message = "Invalid password for user {UserName} from {RemoteIp}")]
    public static partial void InvalidPassword(ILogger logger, string userName, string remoteIp);

    public static string Locked(int minutes) => $"Too many wrong passwords. Try again in {minutes} minutes.";
}
