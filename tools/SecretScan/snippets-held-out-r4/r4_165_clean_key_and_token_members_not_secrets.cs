namespace Editor.Core;

public sealed record KeyBinding(string Command) { public string Key { get; init; } = ""; }
public sealed record LexToken(string Kind) { public string Token { get; init; } = ""; }

public static class Defaults
{
    public static readonly KeyBinding[] Bindings =
    {
        new("open-terminal") { Key = "Ctrl+Alt+T" },
        new("toggle-comment") { Key = "Ctrl+K Ctrl+C" },
    };

    public static readonly LexToken[] Operators = { new("le") { Token = "<=" }, new("arrow") { Token = "=>" } };

    public const string CacheKey = "orders:v2:{0}";
    public const string PartitionKey = "tenant-0042";
    public const string RowKey = "2026-01-15T00:00:00Z";
}
