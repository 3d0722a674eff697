using System.Net;
public static class Creds
{
    public static ICredentials For(string user, string password, string domain) => new NetworkCredential(user, password, domain);
}
