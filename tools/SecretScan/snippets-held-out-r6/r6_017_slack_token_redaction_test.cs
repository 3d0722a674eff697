using Xunit;

namespace Observability.Tests;

public class RedactorTests
{
    [Theory]
    [InlineData("posting with xoxb-697168222569-2143664916179-cdZfYUte8a6V3jwIrD9STDzZ failed")] // expect: AFS104
    public void Masks_tokens(string input)
    {
        Assert.DoesNotContain("xoxb-", LogRedactor.Redact(input));
    }
}
