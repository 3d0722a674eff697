using System.Net;

namespace Legacy.Transfer;

public static class Transfers
{
    public static WebRequest Ftp() => WebRequest.Create("ftp://edi_in:Ftp-Harbor-0451@ftp.partner.example.org/inbound/orders.csv"); // expect: AFS103

    public static Uri Dav() => new UriBuilder("https", "dav.contoso.local")
    {
        UserName = "dav-sync",
        Password = "Dav-Sync-Mosaic2", // expect: AFS101
        Path = "/remote.php/webdav/",
    }.Uri;

    public static HttpClient Couch() => new HttpClient { BaseAddress = new Uri("https://admin:Couch-Admin-Rye7@couch.contoso.local:6984/") }; // expect: AFS103
}
