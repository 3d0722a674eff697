using Minio;
public static class LocalObjects
{
    public static IMinioClient Client() => new MinioClient().WithEndpoint("localhost:9000").WithCredentials("minioadmin", "minioadmin").Build();
}
