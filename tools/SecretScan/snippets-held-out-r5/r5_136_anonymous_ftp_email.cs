using System.Net;
public static class MirrorDownload
{
    public static NetworkCredential Anonymous() => new NetworkCredential("anonymous", "mirror-bot@example.org");
}
