using Azure.Storage;
using Azure.Storage.Files.DataLake;

namespace Lakehouse.Loader;

public static class LakeClient
{
    public static DataLakeServiceClient Create()
    {
        var credential = new StorageSharedKeyCredential("contosolakeprod", "UhGfhK57pDCLcypRfewxGFIwyRHOK/S21vL0E50EnnlPnb5UMZR1VRC1JwMtQxme30LtOExgdK0MYUqhvLgJHA==");  // expect: AFS101
        return new DataLakeServiceClient(new Uri("https://contosolakeprod.dfs.core.windows.net"), credential);
    }
}
