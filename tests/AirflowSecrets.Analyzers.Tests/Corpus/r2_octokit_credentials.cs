using System;

// Octokit's Credentials take a personal access token (or a login and a password): a generated token stays, words go.
namespace Octokit
{
    public sealed class Credentials
    {
        public Credentials(string token) { }
        public Credentials(string login, string password) { }
    }
}

namespace Corpus.R2Octokit
{
    public static class GitHubBot
    {
        public static Octokit.Credentials Token() => new Octokit.Credentials("gh-R7q2Lx9Wm4Zk8Vn3Tb6Pc1"); // expect: AFS101
        public static Octokit.Credentials Words() => new Octokit.Credentials("personal-access-token");
        public static Octokit.Credentials Login() => new Octokit.Credentials("octo-bot", "Ry7#kW2!pL9q"); // expect: AFS101
    }
}
