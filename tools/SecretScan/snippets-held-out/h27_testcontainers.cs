using Testcontainers.MsSql;
public class Fixture
{
    private readonly MsSqlContainer _db = new MsSqlBuilder().WithPassword("yourStrong(!)Password").Build();
    private readonly MsSqlContainer _db2 = new MsSqlBuilder().WithPassword("Xq7!mZ2#pL9v").Build(); // expect: AFS101
}
