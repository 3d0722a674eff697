namespace Deployment;

public static class DbPassword
{
    public static string For(string environment)
    {
        string password = environment switch
        {
            "dev" => "Dev-Walnut-1188", // expect: AFS101
            "qa" => "Qa-Saffron-2299", // expect: AFS101
            _ => Environment.GetEnvironmentVariable("DB_PASSWORD") ?? throw new InvalidOperationException("DB_PASSWORD is not set."),
        };
        return password;
    }
}
