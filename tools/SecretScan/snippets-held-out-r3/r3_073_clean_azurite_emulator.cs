using Azure.Storage;
using Azure.Storage.Blobs;

namespace Media.Tests;

public static class LocalStorage
{
    public const string Azurite = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;";

    public static BlobServiceClient Shorthand() => new("UseDevelopmentStorage=true");

    public static BlobServiceClient WithSharedKey() => new(new Uri("http://127.0.0.1:10000/devstoreaccount1"),
        new StorageSharedKeyCredential("devstoreaccount1", "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="));
}
