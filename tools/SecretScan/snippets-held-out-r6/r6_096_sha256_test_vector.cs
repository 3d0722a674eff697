using System.Security.Cryptography;
using System.Text;
using Xunit;

namespace Signing.Tests;

public class DigestTests
{
    [Fact]
    public void Sha256_of_abc()
    {
        var expected = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        Assert.Equal(expected, Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes("abc"))).ToLowerInvariant());
    }
}
