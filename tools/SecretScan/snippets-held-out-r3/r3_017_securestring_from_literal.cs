using System.Net;
using System.Security;

namespace Provisioning;

public static class ShareAccess
{
    public static NetworkCredential Create()
    {
        var secure = new SecureString();
        foreach (var c in "Fil3share-Ops#31") // expect: AFS101
        {
            secure.AppendChar(c);
        }
        secure.MakeReadOnly();
        return new NetworkCredential("CONTOSO\\svc-fileshare", secure);
    }
}
