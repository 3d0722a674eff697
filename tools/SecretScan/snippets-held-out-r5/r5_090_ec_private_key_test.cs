using System.Security.Cryptography;
using Xunit;
public class WebPushTests
{
    [Fact]
    public void Signs_with_p256()
    {
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem("-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIqONWyhKin/Qq7F2DGrYwKuRn/Hcoclz1KqZU/qqLZaiaEDGbBt6xbMc\nwX8S3Ru8r1PAdNF6Kj7bdTIOmCN0bcL4zZ1h65nkSlZH3Bn61k3hlA7Da8jsqIM+\nf\n-----END EC PRIVATE KEY-----"); // expect: AFS104
        Assert.Equal(256, ecdsa.KeySize);
    }
}
