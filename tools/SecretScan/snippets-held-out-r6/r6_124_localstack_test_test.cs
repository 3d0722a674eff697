using Amazon.Runtime;
using Amazon.SQS;

namespace Orders.Tests;

public static class LocalStackQueues
{
    public static IAmazonSQS Client() => new AmazonSQSClient(
        new BasicAWSCredentials("test", "test"),
        new AmazonSQSConfig { ServiceURL = "http://localhost:4566" });
}
