using System;
public static class Messages
{
    public static void Check(string? secret)
    {
        if (string.IsNullOrEmpty(secret)) throw new InvalidOperationException("The client secret is missing; set AZURE_CLIENT_SECRET or AzureAd:ClientSecret.");
        Console.WriteLine("Password must be at least 12 characters long.");
        Console.WriteLine("Enter your API key:");
    }
}
