using Octokit;
public static class IssueTriage
{
    public static GitHubClient Client() => new GitHubClient(new ProductHeaderValue("triage"))
    {
        Credentials = new Credentials("ghp_PDw6EFo7mnF1llZYfyJcDSnB5jUD0xWx8kTj"), // expect: AFS104
    };
}
