using System.DirectoryServices;
using System.DirectoryServices.Protocols;

namespace Directory.Lookup;

public static class People
{
    public static SearchResult? FindByMail(string mail)
    {
        using var root = new DirectoryEntry("LDAP://DC=contoso,DC=local", null, null, AuthenticationTypes.Secure | AuthenticationTypes.Sealing);
        using var searcher = new DirectorySearcher(root, $"(&(objectClass=user)(mail={mail}))");
        return searcher.FindOne();
    }

    public static LdapConnection Kerberos() => new(new LdapDirectoryIdentifier("dc01.contoso.local")) { AuthType = AuthType.Kerberos };
}
