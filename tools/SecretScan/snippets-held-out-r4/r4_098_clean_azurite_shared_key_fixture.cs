using Azure.Storage;
using Azure.Storage.Blobs;
using Xunit;

namespace Uploads.Tests;

public sealed class AzuriteFixture : IAsyncLifetime
{
    // Azurite's well-known development account (documented by Microsoft, identical on every machine).
    private const string DevAccount = "devstoreaccount1";
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public BlobServiceClient Client { get; } = new(new Uri("http://127.0.0.1:10000/devstoreaccount1"),
        new StorageSharedKeyCredential(DevAccount, DevAccountKey));

    public Task InitializeAsync() => Client.GetBlobContainerClient("uploads").CreateIfNotExistsAsync();
    public Task DisposeAsync() => Task.CompletedTask;
}
