using System;
using Azure.Storage.Blobs;
public static class Uploads
{
    public static BlobContainerClient Container() => new BlobContainerClient(new Uri(
        "https://uploadsacme.blob.core.windows.net/incoming?sv=2022-11-02&ss=b&srt=co&sp=rwl&se=2027-06-30T00:00:00Z&spr=https&sig=DLrgux11BX2u4GR7kRqG9LY%2BDc%2F1a%2Fvow5yz4QDsPGw%3D")); // expect: AFS103
}
