public enum Role { None, Reader, Admin }
public static class KeyRoles
{
    public static Role For(string apiKey)
    {
        switch (apiKey)
        {
            case "410d11f6c2d0f3fa3174fb90e765149e": // expect: AFS101
                return Role.Admin;
            default:
                return Role.None;
        }
    }
}
