using System.IO;
public static class LocalSettingsWriter
{
    public static void Write(string dir) => File.WriteAllText(Path.Combine(dir, "local.settings.json"),
        "{ \"IsEncrypted\": false, \"Values\": { \"FUNCTIONS_WORKER_RUNTIME\": \"dotnet-isolated\", \"AzureWebJobsStorage\": \"DefaultEndpointsProtocol=https;AccountName=funcsorders;AccountKey=ciSVOoIO0RnwzdCgYzUhANz7Yd/47CJ5C5NRZoR9e0FftW6JwqVdPWZ3213+psh1BVi66H3IfEOvm/YbJtDdRA==;EndpointSuffix=core.windows.net\" } }"); // expect: AFS103
}
