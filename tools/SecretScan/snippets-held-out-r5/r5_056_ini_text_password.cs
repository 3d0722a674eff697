using System.IO;
public static class OdbcIni
{
    public const string Template = "[warehouse]\nDriver=ClickHouse\nServer=ch.internal\n";
    public static void Write(string path) => File.WriteAllText(path, Template + "UID=loader\npassword = zNcbPYHqVz0Y9hlwD\n"); // expect: AFS102
}
