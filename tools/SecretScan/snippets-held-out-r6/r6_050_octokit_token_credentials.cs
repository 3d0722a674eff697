using Octokit;

namespace Release.Bot;

public static class GitHubFactory
{
    public static GitHubClient Create() =>
        new(new ProductHeaderValue("release-bot"))
        {
            Credentials = new Credentials("19bfca2afa6c49bb4327b1cd331a42f6338a3c9f"), // expect: AFS101
        };
}
