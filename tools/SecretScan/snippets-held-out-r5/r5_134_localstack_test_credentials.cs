using Amazon.Runtime;
using Amazon.SQS;
public static class LocalQueues
{
    public static AmazonSQSClient Client() => new AmazonSQSClient(new BasicAWSCredentials("test", "test"),
        new AmazonSQSConfig { ServiceURL = "http://localhost:4566" });
}
