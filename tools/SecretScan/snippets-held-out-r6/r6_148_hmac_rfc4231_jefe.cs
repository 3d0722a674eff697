using System.Security.Cryptography;
using System.Text;
using Xunit;

namespace Webhooks.Tests;

public class HmacVectorTests
{
    [Fact]
    public void Rfc4231_case2()
    {
        using var hmac = new HMACSHA256(Encoding.ASCII.GetBytes("Jefe"));
        var mac = hmac.ComputeHash(Encoding.ASCII.GetBytes("what do ya want for nothing?"));
        Assert.Equal("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", Convert.ToHexString(mac).ToLowerInvariant());
    }
}
