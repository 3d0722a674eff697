using System;
public static class Guard
{
    public static string RequireKey(string? apiKey) =>
        apiKey ?? throw new InvalidOperationException("Payments API key missing; set PAYMENTS_API_KEY or Payments:ApiKey.");
    public const string MissingPassword = "The SMTP password is not configured.";
}
