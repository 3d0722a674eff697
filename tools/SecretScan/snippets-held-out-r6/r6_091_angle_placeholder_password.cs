namespace Docs.Generator;

public static class SampleSettings
{
    public static object Smtp() => new
    {
        Host = "smtp.example.com",
        User = "<smtp-user>",
        Password = "<smtp-password>",
    };
}
