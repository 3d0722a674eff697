using Azure;
using Azure.Storage.Blobs;

namespace Partner.Drop;

public static class DropZone
{
    public static BlobContainerClient Open() => new(
        new Uri("https://partnerdrop.blob.core.windows.net/inbound"),
        new AzureSasCredential("sv=2022-11-02&ss=b&srt=co&sp=rwlac&se=2027-06-30T17:00:00Z&st=2025-07-01T08:00:00Z&spr=https&sig=Nejex%2BRS1WfPtCXrI43hzZcFRKgzXp7UurMYYGHINHM%3D"));  // expect: AFS101
}
