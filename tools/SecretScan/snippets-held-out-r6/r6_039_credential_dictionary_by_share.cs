using System.Net;

namespace Media.Scanner;

public static class ShareCredentials
{
    public static readonly IReadOnlyDictionary<string, NetworkCredential> ByShare = new Dictionary<string, NetworkCredential>
    {
        ["\\\\nas01\\movies"] = new NetworkCredential("media", "Sunflower-Orbit-92", "NAS01"), // expect: AFS101
    };
}
