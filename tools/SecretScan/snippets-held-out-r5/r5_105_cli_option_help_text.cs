using System.CommandLine;
public static class PushCommand
{
    public static Option<string> Password { get; } = new("--password", "Registry password; defaults to $REGISTRY_PASSWORD when omitted");
    public static Option<string> TokenFile { get; } = new("--token-file", "Path to a file holding the access token");
}
