using Xunit;

namespace Diagnostics.Tests;

public class LogScrubberTests
{
    [Fact]
    public void Removes_bearer_tokens()
    {
        var line = "GET /orders Authorization: Bearer " + "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtb2t5emVkIiwiaXNzIjoiaHR0cHM6Ly9hdXRoLnN0YWdpbmcuY29udG9zby5uZXQiLCJhdWQiOiJvcmRlcnMtYXBpIiwiaWF0IjoxNzI0NDQyNDYwLCJleHAiOjE3OTk5OTk5OTl9.NEvgC55bPsJg4FZUVVNwAls39udcCbpsZE1fPme_DbE"; // expect: AFS104
        Assert.DoesNotContain("eyJ", LogScrubber.Scrub(line));
    }

    [Fact]
    public void Removes_github_tokens()
    {
        var scrubbed = LogScrubber.Scrub("push rejected for token ghp_JKkgfPPOVMO6N9AHQAq2XgAf2EkxOlufWrQB (scope: repo)"); // expect: AFS104
        Assert.Contains("***", scrubbed);
    }
}
