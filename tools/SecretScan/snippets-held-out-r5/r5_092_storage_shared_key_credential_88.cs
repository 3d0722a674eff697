using System;
using Azure.Storage;
using Azure.Storage.Blobs;
public static class MediaStore
{
    public static BlobServiceClient Client() => new BlobServiceClient(
        new Uri("https://mediaacme.blob.core.windows.net"),
        new StorageSharedKeyCredential("mediaacme", "FpZkAOuEyfABZdFBVXQMyE3+LvvyrnRW0P6WET04A6iTUM4FcZJcaisqsXZYGW5/7/33uBaft/rjSLGedPsuGw==")); // expect: secret
}
