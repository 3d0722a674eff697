using System;
using System.Security.Cryptography;
using System.Text;
using Xunit;
public class HmacVectorTests
{
    [Fact]
    public void Rfc4231_case2()
    {
        using var hmac = new HMACSHA256(Encoding.ASCII.GetBytes("Jefe"));
        var mac = Convert.ToHexString(hmac.ComputeHash(Encoding.ASCII.GetBytes("what do ya want for nothing?")));
        Assert.Equal("5BDCC146BF60754E6A042426089575C75A003F089D2739839DEC58B964EC3843", mac);
    }
}
