using System;
public static class DbContainer
{
    public static readonly string Password = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
    public static string[] Env() => new[] { "-e", "POSTGRES_PASSWORD=" + Password };
}
