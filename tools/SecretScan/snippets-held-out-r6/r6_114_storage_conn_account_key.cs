using Azure.Storage.Blobs;

namespace Media.Artwork;

public sealed class ArtworkStore
{
    private readonly BlobContainerClient _container = new BlobServiceClient(
        "DefaultEndpointsProtocol=https;AccountName=mediaartwork;AccountKey=QgUlRzlTkGDRiIl54PviMufdxoY/S5LuyQaSOkfXAstXd5hv28PDH5XmvyMH8wKnxTsTkntnxpXJeIMnXEAWjg==;EndpointSuffix=core.windows.net") // expect: AFS103
        .GetBlobContainerClient("posters");

    public Task UploadAsync(string name, Stream content) => _container.UploadBlobAsync(name, content);
}
