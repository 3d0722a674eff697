namespace Kiosk.Tests.Infrastructure;

public static class SeedAccounts
{
    public static readonly (string Login, string Password) Admin = ("root", "Garnet-Anvil-3345"); // expect: AFS101

    public static readonly (string Login, string Role) Viewer = ("viewer", "read-only");
}
