namespace Gateway.Tests;

public static class TokenParts
{
    public const string HeaderAndPayload = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZXZpY2UtNzczMSJ9.";

    public static string WithSignature(string signature) => HeaderAndPayload + signature;
}
