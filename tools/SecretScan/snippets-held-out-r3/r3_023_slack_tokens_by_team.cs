namespace ChatOps;

public static class SlackWorkspaces
{
    private static readonly Dictionary<string, string> ByTeam = new()
    {
        ["T04QH2K7Z"] = "xoxb-36805172521-8549919401762-K0MLGTZmhzT0LT2iHcCPiUGT", // expect: AFS104
    };

    public static string? For(string teamId) => ByTeam.TryGetValue(teamId, out var t) ? t : null;
}
