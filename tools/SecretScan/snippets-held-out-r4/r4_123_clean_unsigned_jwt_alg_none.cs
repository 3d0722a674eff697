using Xunit;

namespace Gateway.Auth.Tests;

public sealed class AlgNoneTests
{
    // header {"alg":"none","typ":"JWT"}, payload {"sub":"attacker","role":"admin"}, empty signature
    private const string Unsigned = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhdHRhY2tlciIsInJvbGUiOiJhZG1pbiJ9.";

    [Fact]
    public void Refuses_unsigned_tokens() => Assert.Throws<SecurityTokenException>(() => TokenReader.ReadValidated(Unsigned));
}
