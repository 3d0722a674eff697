using Amazon.Runtime;
using Amazon.S3;
using Microsoft.Extensions.Configuration;

namespace Archive;

public static class S3Factory
{
    public static IAmazonS3 Create(IConfiguration configuration)
    {
        var credentials = new BasicAWSCredentials(configuration["Aws:AccessKeyId"],
            "aDm0S8ITQRwIg0YF+NHizIL27lczY+hTnW9+u6OJ"); // expect: AFS101
        return new AmazonS3Client(credentials, Amazon.RegionEndpoint.EUWest1);
    }
}
