using System.Net;

namespace Reports;

internal static class ServiceAccounts
{
    public const string ReportingUser = "svc-reporting";
    public const string ReportingPassword = "Ssrs!Quarterly-Close7"; // expect: AFS101
}

public sealed class ReportServerClient
{
    private readonly HttpClient _http = new(new HttpClientHandler
    {
        Credentials = new NetworkCredential(ServiceAccounts.ReportingUser, ServiceAccounts.ReportingPassword, "CONTOSO"),
    });

    public Task<byte[]> RenderAsync(string path) =>
        _http.GetByteArrayAsync($"https://reports.contoso.local/ReportServer?{path}&rs:Format=PDF");
}
