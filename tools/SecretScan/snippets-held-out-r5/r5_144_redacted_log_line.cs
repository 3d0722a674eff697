using Xunit;
public class RedactorTests
{
    [Fact]
    public void Redacts_password()
    {
        var redacted = Redactor.Apply("Server=db;User Id=app;Password=not-a-real-password");
        Assert.Equal("Server=db;User Id=app;Password=***", redacted);
    }
}
