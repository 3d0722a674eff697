using Octokit;
public static class ReleaseBot
{
    public static GitHubClient Client() => new GitHubClient(new ProductHeaderValue("release-bot"))
    {
        Credentials = new Credentials("release-bot-acme", "JfPRzesr+c9*+8"), // expect: AFS101
    };
}
