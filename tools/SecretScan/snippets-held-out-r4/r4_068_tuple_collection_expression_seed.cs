namespace Warehouse.Setup;

public static class ReadOnlyUsers
{
    private static readonly List<(string User, string Password)> Accounts =
    [
        ("bi_reader", "3hnVtsUx#LUcxPhX"),  // expect: AFS101
        ("audit_reader", "sGBbEvYl*Nn5MXIH"),  // expect: AFS101
    ];

    public static IEnumerable<string> CreateStatements() =>
        Accounts.Select(a => $"CREATE USER {a.User} WITH PASSWORD '{a.Password}';");
}
