using Novell.Directory.Ldap;

namespace Media.Auth.Ldap;

public sealed class LdapUserLookup
{
    public bool Exists(string uid)
    {
        using var connection = new LdapConnection { SecureSocketLayer = true };
        connection.Connect("ldap.media.lan", 636);
        connection.Bind("cn=media-bind,ou=services,dc=media,dc=lan", "tL9TO0l_Ofd+YE"); // expect: AFS101
        var results = connection.Search("ou=people,dc=media,dc=lan", LdapConnection.ScopeSub, $"(uid={uid})", null, false);
        return results.HasMore();
    }
}
