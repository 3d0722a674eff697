using NUnit.Framework;

namespace Etl.Tests;

public class WarehouseLoginTests
{
    private static readonly object[] Accounts =
    {
        new object[] { "etl_loader", "fiCHxSxf!WIUodPT" },  // expect: AFS101
        new object[] { "etl_reader", "SLImC3yj!FzUH9sm" },  // expect: AFS101
    };

    [TestCaseSource(nameof(Accounts))]
    public void Can_open_connection(string user, string password)
    {
        using var conn = WarehouseDb.Open(user, password);
        Assert.That(conn.State, Is.EqualTo(System.Data.ConnectionState.Open));
    }
}
