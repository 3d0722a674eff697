using System.Net;

namespace Backup.Agent;

public static class NasMount
{
    public static NetworkCredential Credential()
    {
        var (user, password) = ("svc_backup", "E^DTLMjUNVJq7L"); // expect: AFS101
        return new NetworkCredential(user, password, "HOMELAB");
    }
}
