namespace Setup.Wizard;

internal static class Help
{
    public static void Print()
    {
        Console.WriteLine("Store the credentials outside the repository:");
        Console.WriteLine("  dotnet user-secrets set \"AzureAd:ClientSecret\" \"<client-secret>\"");
        Console.WriteLine("  dotnet user-secrets set \"ConnectionStrings:Default\" \"Host=localhost;Username=app;Password=<password>\"");
        Console.WriteLine("  az keyvault secret set --vault-name <vault> --name smtp-password --value <password>");
    }
}
