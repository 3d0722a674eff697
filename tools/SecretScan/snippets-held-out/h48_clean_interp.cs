using System;
public static class Build
{
    public static string Conn(string host, string password) => $"Host={host};Username=app;Password={password};Database=app";
    public static string Uri(string pw) => "postgres://app:" + Uri.EscapeDataString(pw) + "@db/app";
}
