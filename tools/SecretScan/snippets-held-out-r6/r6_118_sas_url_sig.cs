using Azure.Storage.Blobs;

namespace Export.Sinks;

public static class PartnerDrop
{
    public static BlobContainerClient Container() => new(new Uri(
        "https://partnerdrop.blob.core.windows.net/inbound?sv=2022-11-02&ss=b&srt=co&sp=rwl&se=2027-06-30T00:00:00Z&spr=https&sig=TUunRFFyti3K5DVy91CtCkmWkzQd30tv90F9d897vvQ%3D")); // expect: AFS103
}
