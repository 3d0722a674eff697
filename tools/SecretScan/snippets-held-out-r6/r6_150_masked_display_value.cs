namespace Ops.Dashboard;

public static class SecretDisplay
{
    public const string Mask = "••••••••";

    public static string Show(string? value) => string.IsNullOrEmpty(value) ? "(not set)" : Mask;
}
