public static class Snippets
{
    public const string Usage = "var client = new PaymentsClient(apiKey: \"<api-key>\");";
    public const string CliUsage = "payments login --api-key API_KEY --password PASSWORD";
}
