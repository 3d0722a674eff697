using System.DirectoryServices;
public sealed class GroupSync
{
    public DirectoryEntry Root() => new DirectoryEntry(
        "LDAP://dc01.corp.contoso-lab.test/DC=corp,DC=contoso-lab,DC=test",
        @"CORP\svc-groupsync",
        "Aj4hMC.uLj=M2^$.u"); // expect: AFS101
}
