using System.Security.Cryptography;
using System.Text;
using Xunit;

namespace Auth.Tests;

public class PkceTests
{
    // RFC 7636, Appendix B
    private const string CodeVerifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private const string CodeChallenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    [Fact]
    public void S256_matches_rfc_example()
    {
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(CodeVerifier));
        var challenge = Convert.ToBase64String(hash).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Assert.Equal(CodeChallenge, challenge);
    }
}
