using System.Data.Common;

namespace Odbc.Bridge;

public static class AccessDb
{
    public static string Build(string path)
    {
        var builder = new DbConnectionStringBuilder();
        builder["Driver"] = "{Microsoft Access Driver (*.mdb, *.accdb)}";
        builder["Dbq"] = path;
        builder["Uid"] = "Admin";
        builder["Pwd"] = "Harbor6317?";  // expect: AFS102
        return builder.ConnectionString;
    }
}
