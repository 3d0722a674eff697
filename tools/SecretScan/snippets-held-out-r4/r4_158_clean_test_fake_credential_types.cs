using Azure;
using Azure.Identity;
using Azure.Storage;
using Xunit;

namespace Storage.Tests;

public sealed class ClientFactoryTests
{
    [Fact]
    public void Builds_clients_without_calling_azure()
    {
        var secret = new ClientSecretCredential("00000000-0000-0000-0000-000000000001", "11111111-1111-1111-1111-111111111111", "placeholder-client-secret");
        var shared = new StorageSharedKeyCredential("unittestaccount", Convert.ToBase64String(new byte[64]));
        var key = new AzureKeyCredential("fake-key-for-tests");
        Assert.NotNull(ClientFactory.Create(secret, shared, key));
    }
}
