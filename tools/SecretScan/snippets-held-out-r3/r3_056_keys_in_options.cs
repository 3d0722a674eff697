namespace Platform.Options;

public static class DevDefaults
{
    public static ServiceBusEndpointOptions Bus { get; } = new()
    {
        Namespace = "contoso-dev.servicebus.windows.net",
        KeyName = "RootManageSharedAccessKey",
        Key = "6f4yjzrJw6aKjL/HGrAWHzXxPg3PuPzYPuEz01FBe/s=", // expect: AFS104
    };

    public static StorageAccountOptions Storage { get; } = new()
    {
        AccountName = "contosodevdata",
        Key = "rtQm9EPjJMtzrI0YIqq7BBsmYMEVYaNQyDCkeUOcNZldORHUtfk0sWJFqBNgQIes2KrLMLHueKXZFdrNLV2ELw==", // expect: AFS104
    };
}
