using System.Text.RegularExpressions;
public static class Masking
{
    public static readonly Regex Password = new Regex("(?i)password=([^;]+)");
    public const string Template = "Server={0};Database={1};User Id={2};Password={3};";
    public static string Mask(string s) => Password.Replace(s, "password=***");
}
