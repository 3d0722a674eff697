using System.DirectoryServices;

namespace Directory.Sync;

public static class Ldap
{
    public static DirectorySearcher Searcher()
    {
        var root = new DirectoryEntry("LDAP://dc01.corp.contoso.com/OU=Staff,DC=corp,DC=contoso,DC=com", "CORP\\svc-hrsync", "HrSync-Basalt-62"); // expect: AFS101
        return new DirectorySearcher(root) { Filter = "(objectClass=user)" };
    }
}
