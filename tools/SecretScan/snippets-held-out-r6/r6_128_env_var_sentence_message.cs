namespace Ledger.Api;

public static class StartupChecks
{
    public static void RequireCertificatePassword()
    {
        if (Environment.GetEnvironmentVariable("EVENTSTORE_CERTIFICATE_PASSWORD") is null)
            throw new InvalidOperationException("Set the EVENTSTORE_CERTIFICATE_PASSWORD environment variable to the password of the node certificate.");
    }
}
