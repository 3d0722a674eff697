namespace Store.Tests.Support;

public static class TestUsers
{
    public const string AdminEmail = "admin@store.test";
    public const string AdminPassword = "R3dw00d!Canopy"; // expect: AFS101

    public static object AdminLogin() => new { email = AdminEmail, password = AdminPassword, rememberMe = false };
}
