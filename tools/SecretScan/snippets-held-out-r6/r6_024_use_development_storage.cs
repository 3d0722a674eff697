using Azure.Storage.Blobs;

namespace Media.Artwork.Tests;

public static class LocalBlobs
{
    public static BlobServiceClient Create() => new("UseDevelopmentStorage=true");
}
