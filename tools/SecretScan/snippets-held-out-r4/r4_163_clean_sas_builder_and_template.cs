using Azure.Storage.Blobs;
using Azure.Storage.Sas;

namespace Media.Share;

public static class ShareLinks
{
    public const string DocumentedShape = "https://<account>.blob.core.windows.net/<container>/<blob>?sv=2022-11-02&sp=r&se=<expiry>&sr=b&sig=<signature>";

    public static Uri ReadLink(BlobClient blob, TimeSpan lifetime)
    {
        var sas = new BlobSasBuilder(BlobSasPermissions.Read, DateTimeOffset.UtcNow.Add(lifetime)) { BlobContainerName = blob.BlobContainerName, BlobName = blob.Name };
        return blob.GenerateSasUri(sas);
    }
}
