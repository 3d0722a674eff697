using System.Security.Cryptography;

namespace Accounts.Passwords;

public static class PasswordGenerator
{
    public const string PasswordLowercase = "abcdefghijkmnopqrstuvwxyz";
    public const string PasswordUppercase = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    public const string PasswordDigits = "23456789";
    public const string PasswordSpecialCharacters = "!@#$%^&*()-_=+";
    public const int MinimumPasswordLength = 14;

    public static string Create(int length = MinimumPasswordLength)
    {
        var all = PasswordLowercase + PasswordUppercase + PasswordDigits + PasswordSpecialCharacters;
        return RandomNumberGenerator.GetString(all, length);
    }
}
