using Amazon;
using Amazon.Runtime;
using Amazon.S3;
public class ArchiveStore
{
    private readonly IAmazonS3 _s3 = new AmazonS3Client(
        new BasicAWSCredentials("AKIAYO29ZATA1O1H6511", "rK99nehpdLQ5yvq3I2H87EZyOl2ff8Z2ucn19Oi+"), // expect: AFS101
        RegionEndpoint.EUCentral1);
}
