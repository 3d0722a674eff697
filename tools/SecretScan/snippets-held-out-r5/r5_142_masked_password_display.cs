public sealed class ConnectionSummary
{
    public string Host { get; init; } = "";
    public string Password => "********";
    public override string ToString() => $"{Host} (password ********)";
}
