using System.Security.Cryptography;
using Xunit;

namespace Keys;

public static class KeyFactory
{
    public static string NewApiKey() => "ak_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
    public static string NewSigningKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}

public class KeyFactoryTests
{
    [Fact]
    public void Signing_keys_are_44_chars() => Assert.Equal(44, KeyFactory.NewSigningKey().Length);

    [Fact]
    public void Api_keys_have_prefix() => Assert.StartsWith("ak_", KeyFactory.NewApiKey());
}
