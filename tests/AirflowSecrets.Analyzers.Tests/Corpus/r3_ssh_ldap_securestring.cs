using System;
using System.Net;
using System.Security;

// Passwords in more clients' credentials: SSH.NET's PasswordConnectionInfo, System.DirectoryServices' DirectoryEntry,
// Novell LDAP's Bind, and a SecureString filled character by character from a written string. Stand-ins and run-time
// values in the same calls are not reported.
namespace Renci.SshNet
{
    public class ConnectionInfo { }
    public sealed class PasswordConnectionInfo : ConnectionInfo
    {
        public PasswordConnectionInfo(string host, int port, string username, string password) { }
        public PasswordConnectionInfo(string host, string username, string password) { }
    }
}

namespace System.DirectoryServices
{
    public sealed class DirectoryEntry
    {
        public DirectoryEntry(string path, string username, string password) { }
        public DirectoryEntry(string path, string username, string password, int authenticationType) { }
    }
}

namespace Novell.Directory.Ldap
{
    public sealed class LdapConnection { public void Bind(string dn, string passwd) { } }
}

namespace Corpus.R3SshLdapSecureString
{
    using System.DirectoryServices;
    using Novell.Directory.Ldap;
    using Renci.SshNet;

    public static class Clients
    {
        public static ConnectionInfo Sftp() => new PasswordConnectionInfo("sftp.partner.example.net", 22, "contoso_edi", "Edi-Drop-Tulip44"); // expect: AFS101
        public static ConnectionInfo SftpShort() => new PasswordConnectionInfo("sftp.partner.example.net", "contoso_edi", "changeme");
        public static ConnectionInfo SftpRuntime(string password) => new PasswordConnectionInfo("sftp.partner.example.net", "contoso_edi", password);

        public static DirectoryEntry Root() => new DirectoryEntry("LDAP://dc01.corp.contoso.com/DC=corp,DC=contoso,DC=com", "CORP\\svc-hrsync", "HrSync-Basalt-62"); // expect: AFS101
        public static DirectoryEntry Secure() => new DirectoryEntry("LDAP://dc01.corp.contoso.com", "CORP\\svc-hrsync", "Hr#Sync-Granite7", 1); // expect: AFS101
        public static DirectoryEntry Anonymous() => new DirectoryEntry("LDAP://dc01.corp.contoso.com", "CORP\\svc-hrsync", "<password>");

        public static void Bind(LdapConnection connection) => connection.Bind("cn=sync,dc=corp,dc=contoso,dc=com", "Ldap-Bind-Falcon93"); // expect: AFS101

        public static NetworkCredential Share()
        {
            var secure = new SecureString();
            foreach (var c in "Fil3share-Ops#31") // expect: AFS101
            {
                secure.AppendChar(c);
            }

            secure.MakeReadOnly();
            return new NetworkCredential("CONTOSO\\svc-fileshare", secure);
        }

        public static SecureString Copy(string password)
        {
            var secure = new SecureString();
            foreach (var c in password) secure.AppendChar(c);
            foreach (var c in "placeholder") secure.AppendChar(c);
            return secure;
        }
    }
}
