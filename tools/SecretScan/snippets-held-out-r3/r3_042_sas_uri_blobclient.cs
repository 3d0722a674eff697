using Azure.Storage.Blobs;

namespace Exports;

public static class PriceFeed
{
    public static async Task<Stream> OpenAsync()
    {
        var blob = new BlobClient(new Uri("https://contosofeeds.blob.core.windows.net/prices/latest.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31T23:59:59Z&st=2024-01-01T00:00:00Z&spr=https&sig=T8gjK1fcllc%2FegLPlTgwQ5GYecy9kHKFyTNjLoa35eI%3D")); // expect: AFS103
        return await blob.OpenReadAsync();
    }
}
