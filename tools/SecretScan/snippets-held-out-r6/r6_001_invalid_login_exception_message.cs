namespace Accounts.Errors;

public sealed class AuthenticationFailedException : Exception
{
    public const string InvalidCredentials = "Invalid username or password.";
    public const string ExpiredToken = "The access token has expired; sign in again.";

    public AuthenticationFailedException(string message) : base(message) { }
}
