using System.Net;

namespace Mirror.Sync;

public static class GnuMirror
{
    public static async Task DownloadAsync(string path, string target)
    {
#pragma warning disable SYSLIB0014
        var request = (FtpWebRequest)WebRequest.Create(new Uri("ftp://ftp.gnu.org/gnu/" + path));
#pragma warning restore SYSLIB0014
        request.Method = WebRequestMethods.Ftp.DownloadFile;
        request.Credentials = new NetworkCredential("anonymous", "mirror-sync@contoso.com");
        using var response = (FtpWebResponse)await request.GetResponseAsync();
        await using var file = File.Create(target);
        await response.GetResponseStream().CopyToAsync(file);
    }
}
