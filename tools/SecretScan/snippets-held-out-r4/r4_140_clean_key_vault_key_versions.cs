using Azure.Identity;
using Azure.Security.KeyVault.Keys.Cryptography;

namespace Tokens.Signing;

public static class Signer
{
    private const string KeyName = "token-signing";
    private const string KeyVersion = "f7492ab12020a5043bc1706272101425";
    private const string PreviousKeyVersion = "351758c23f862fa78b6ead91f6508c89";

    public static CryptographyClient Current() =>
        new(new Uri($"https://contoso-signing.vault.azure.net/keys/{KeyName}/{KeyVersion}"), new DefaultAzureCredential());
}
