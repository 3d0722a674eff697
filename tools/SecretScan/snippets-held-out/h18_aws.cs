using Amazon.Runtime;
using Amazon.S3;
public static class Storage
{
    public static AmazonS3Client Create() =>
        new AmazonS3Client(new BasicAWSCredentials("AKIAIOSFODNN7EXAMPL3", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY9"), Amazon.RegionEndpoint.EUWest1); // expect: AFS101
}
