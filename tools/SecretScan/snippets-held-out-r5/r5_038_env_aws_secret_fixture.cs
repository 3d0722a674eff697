using System;
public sealed class S3Fixture : IDisposable
{
    public S3Fixture()
    {
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "AKIAYH6WYQ9ZZ9O6SSSX");
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "vJf/3ruxBk+ZttgBCU6jTwt7w5+6JgHPK+mZClRL"); // expect: AFS102
        Environment.SetEnvironmentVariable("AWS_REGION", "eu-west-1");
    }
    public void Dispose() { }
}
