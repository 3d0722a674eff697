using System.DirectoryServices.Protocols;
using System.Net;

namespace Directory.Sync;

public static class LdapClients
{
    public static void NovellBind(Novell.Directory.Ldap.LdapConnection conn)
    {
        conn.Connect("ldap.contoso.local", 636);
        conn.Bind("cn=svc-dirsync,ou=Service Accounts,dc=contoso,dc=local", "Glacier-juniper-pepper-93");  // expect: AFS101
    }

    public static LdapConnection Protocols() => new(new LdapDirectoryIdentifier("dc01.contoso.local", 389))
    {
        AuthType = AuthType.Negotiate,
        Credential = new NetworkCredential("svc-dirsync", "Raven-saffron-rustic-96", "CONTOSO"),  // expect: AFS101
    };
}
