using Octokit;

namespace ReleaseBot;

public static class GitHub
{
    public static GitHubClient Create() => new GitHubClient(new ProductHeaderValue("contoso-release-bot"))
    {
        Credentials = new Credentials("ghp_WhNeG3UVUkaxHSeWljR9ZpIT7hix9q7B2sBZ"), // expect: secret
    };
}
