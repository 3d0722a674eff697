using System.Security.Cryptography;
using Xunit;

namespace Crypto.Tests;

public sealed class AesEcbVectorTests
{
    [Fact]
    public void Matches_sp800_38a_f_1_1()
    {
        using var aes = Aes.Create();
        aes.Key = Convert.FromHexString("2b7e151628aed2a6abf7158809cf4f3c");
        var cipher = aes.EncryptEcb(Convert.FromHexString("6bc1bee22e409f96e93d7e117393172a"), PaddingMode.None);
        Assert.Equal("3ad77bb40d7a3660a89ecaf32466ef97", Convert.ToHexString(cipher).ToLowerInvariant());
    }
}
