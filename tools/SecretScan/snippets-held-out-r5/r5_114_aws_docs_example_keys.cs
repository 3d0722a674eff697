using Amazon.Runtime;
public static class DocsSample
{
    public static AWSCredentials Example() => new BasicAWSCredentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
}
