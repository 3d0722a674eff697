using System.Net.Http.Headers;
using System.Text;

namespace Clients;

public static class Builders
{
    public static string Sql(string server, string user, string password) =>
        $"Server={server};Database=app;User Id={user};Password={password};Encrypt=True";

    public static string Pg(string host, string user, string password) =>
        string.Format("Host={0};Username={1};Password={2}", host, user, password);

    public static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
}
