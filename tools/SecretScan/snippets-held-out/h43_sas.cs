using System;
using Azure.Storage.Blobs;
public static class Download
{
    public static BlobClient Blob() => new BlobClient(new Uri("https://contosodata.blob.core.windows.net/exports/daily.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&sig=Qm8vX2kL9zR4tN7bY1cH5dJ0fG3aW6eU2iO8pK4sM1E%3D")); // expect: AFS103
}
