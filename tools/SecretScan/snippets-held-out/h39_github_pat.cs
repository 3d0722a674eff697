using Octokit;
public static class Gh
{
    public static GitHubClient Create() => new GitHubClient(new ProductHeaderValue("bot"))
    {
        Credentials = new Credentials("ghp_4Tq9Zx2Lm7Vb3Nc8Rk1Yp6Wd0Hs5Fg2Ja8Q"), // expect: AFS101
    };
}
