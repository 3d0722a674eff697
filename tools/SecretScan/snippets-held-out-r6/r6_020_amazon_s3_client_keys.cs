using Amazon;
using Amazon.S3;

namespace Media.Storage;

public static class ArtworkBucket
{
    public static IAmazonS3 Client() =>
        new AmazonS3Client("AKIA06WCUEVFZZD8W48B", "VVIfzEABqrRSkqLeGUh7WopjGgUE5hKvH6XMOTdk", RegionEndpoint.EUWest1); // expect: AFS101
}
