namespace Pipelines.Generator;

public static class Workflow
{
    public static string PublishJob() =>
        "      - run: dotnet nuget push artifacts/*.nupkg --api-key ${{ secrets.NUGET_API_KEY }} --source https://api.nuget.org/v3/index.json\n" +
        "        env:\n" +
        "          AZURE_CLIENT_SECRET: ${{ secrets.AZURE_CLIENT_SECRET }}\n";

    public static IReadOnlyDictionary<string, string> AzureDevOps { get; } = new Dictionary<string, string>
    {
        ["SYSTEM_ACCESSTOKEN"] = "$(System.AccessToken)",
        ["DB_PASSWORD"] = "$env:DB_PASSWORD",
        ["Smtp:Password"] = "{env:SMTP_PASSWORD}",
    };
}
