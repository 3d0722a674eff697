using Amazon.S3;
using Amazon.Runtime;

namespace Media.Storage.Tests;

public static class LocalMinio
{
    public static IAmazonS3 Client() => new AmazonS3Client(
        new BasicAWSCredentials("minioadmin", "minioadmin"),
        new AmazonS3Config { ServiceURL = "http://localhost:9000", ForcePathStyle = true });
}
