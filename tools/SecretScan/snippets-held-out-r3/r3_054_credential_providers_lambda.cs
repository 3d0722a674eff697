namespace Crawler;

public sealed class ProxySettings
{
    public string Host => "proxy.contoso.local";
    public string UserName => "crawler";
    public string Password => "Proxy-Maple-Run6"; // expect: AFS101
}

public static class TokenSources
{
    public static readonly Func<string> getApiToken = () => "tk_e6359bf0fd65fb4ba8bbb90b5f6b8a4a"; // expect: AFS101
}
