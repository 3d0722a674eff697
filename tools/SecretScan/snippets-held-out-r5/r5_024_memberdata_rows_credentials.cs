using System.Collections.Generic;
using Xunit;
public class ReplicaLoginTests
{
    public static IEnumerable<object[]> Accounts => new List<object[]>
    {
        new object[] { "replica_ro", "j=lcvmD4fba*h2J" }, // expect: AFS101
    };

    [Theory]
    [MemberData(nameof(Accounts))]
    public void Replica_accepts(string login, string password) => Assert.NotEmpty(password + login);
}
