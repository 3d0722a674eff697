namespace Release.Tests;

public static class ProviderFixtures
{
    public static readonly Dictionary<string, string> ByProvider = new()
    {
        ["gitlab-url"] = "https://gitlab.build.internal",
        ["github"] = "ghp_L9bSHfHdShotXc5VqyC9UEUOEtV6bYeLqRgd", // expect: AFS104
    };
}
