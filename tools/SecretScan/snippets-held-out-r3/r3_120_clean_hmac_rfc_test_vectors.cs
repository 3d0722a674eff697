using System.Security.Cryptography;
using System.Text;
using Xunit;

namespace Crypto.Tests;

public class HmacVectorTests
{
    // RFC 4231, test case 2
    [Fact]
    public void Rfc4231_case_2()
    {
        using var hmac = new HMACSHA256(Encoding.ASCII.GetBytes("Jefe"));
        var mac = hmac.ComputeHash(Encoding.ASCII.GetBytes("what do ya want for nothing?"));
        Assert.Equal("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", Convert.ToHexString(mac).ToLowerInvariant());
    }

    // RFC 4231, test case 1
    [Fact]
    public void Rfc4231_case_1()
    {
        var key = Convert.FromHexString("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
        var mac = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes("Hi There"));
        Assert.Equal("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7", Convert.ToHexString(mac).ToLowerInvariant());
    }
}
