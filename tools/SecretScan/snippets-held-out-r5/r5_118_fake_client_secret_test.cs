using Azure.Identity;
using Xunit;
public class CredentialFactoryTests
{
    [Fact]
    public void Builds_secret_credential()
    {
        var cred = new ClientSecretCredential("00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000002", "fake-client-secret");
        Assert.NotNull(cred);
    }
}
