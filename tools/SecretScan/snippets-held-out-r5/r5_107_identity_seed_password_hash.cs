public sealed class SeedUser
{
    public string UserName { get; init; } = "";
    public string PasswordHash { get; init; } = "";
}
public static class Seed
{
    public static readonly SeedUser Admin = new() { UserName = "admin", PasswordHash = "AQAAAAEAAYagMh9skaGmkVzfH+W4omW9RUf1BRzLR4u76VlojjEDiy4ZG2VdxmK2gHGaEeMFdMcBBCsoPA==" };
}
