using Xunit;

namespace Gateway.Tests;

public class AlgNoneTests
{
    [Fact]
    public void Rejects_unsigned()
    {
        const string unsigned = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhZG1pbiIsInJvbGUiOiJvd25lciJ9.";
        Assert.False(TokenValidator.Validate(unsigned).IsValid);
    }
}
