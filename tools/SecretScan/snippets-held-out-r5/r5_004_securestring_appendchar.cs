using System.Security;
static class ServiceAccount
{
    public static SecureString Password()
    {
        var secure = new SecureString();
        foreach (char c in "mVAy3I5CE7r.8ymuCQ") secure.AppendChar(c); // expect: AFS101
        secure.MakeReadOnly();
        return secure;
    }
}
