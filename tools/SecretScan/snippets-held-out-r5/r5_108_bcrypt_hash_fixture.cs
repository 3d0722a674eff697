using Xunit;
public class HasherTests
{
    private const string HashedPassword = "$2a$11$xzq/erxol5dwQXghbohULFV1oPo2pTnyqLqixPban2fZmkhWqw/IZ";
    [Fact]
    public void Hash_has_cost_11() => Assert.StartsWith("$2a$11$", HashedPassword);
}
