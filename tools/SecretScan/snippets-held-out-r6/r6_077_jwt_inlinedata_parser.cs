using Xunit;

namespace Gateway.Tests;

public class TokenInspectorTests
{
    [Theory]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtaW5nZXN0IiwiYXVkIjoiYXBpOi8vb3JkZXJzIiwiaXNzIjoiaHR0cHM6Ly9sb2dpbi5jb250b3NvLWludGVybmFsLnRlc3QiLCJleHAiOjE4OTM0NTYwMDB9.qOZrIha1Ti6xehAgDcnkDiS7Of_mUlsJODSElkHs6sk")] // expect: AFS104
    public void Reads_subject(string raw)
    {
        var subject = TokenInspector.Subject(raw);
        Assert.Equal("svc-ingest", subject);
    }
}
