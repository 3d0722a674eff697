using Xunit;

namespace Webhooks.Tests;

public sealed class SignatureVerifierTests
{
    private const string Secret = "test-webhook-secret";

    [Fact]
    public void Accepts_a_correct_signature()
    {
        var verifier = new SignatureVerifier(Secret);
        Assert.True(verifier.IsValid("{\"event\":\"ping\"}", "sha256=b903c849c15820ae2e1f5acd161349a90fcb267b4d9964f89aa98592f1b9c7ca"));
    }

    [Fact]
    public void Rejects_a_tampered_body() =>
        Assert.False(new SignatureVerifier(Secret).IsValid("{\"event\":\"pong\"}", "sha256=3b9e83d9bedca4134b990033811553f04aec4babdf46cb72fc638981b7b28e5c"));
}
