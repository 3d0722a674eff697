using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;

namespace Ledger.Startup;

public static class DbSecret
{
    // Ciphertext produced by `aws kms encrypt`; only the service role can decrypt it.
    private const string EncryptedDbPassword = "AQICAHhg3M7EPcEqJr7MKyyruHD6edP7pw0+VYWsABGV6Ag7AAAAfurfYhKrW1bM4rP9burMEFOK+Ya+6/DLPrTx4LMGzpc68mfI35n/Ik/LKv8wvWBkG5BnJFwRTs3ktI0r8hsrJeldW/ZNkChDXG4M7ut3qeygunWa2mP7/6O8prJPtsv5cbICMAwQ4XcgmIdyciDyZ3yFm3FxRfc8";

    public static async Task<string> DecryptAsync(IAmazonKeyManagementService kms)
    {
        var response = await kms.DecryptAsync(new DecryptRequest { CiphertextBlob = new MemoryStream(Convert.FromBase64String(EncryptedDbPassword)) });
        return System.Text.Encoding.UTF8.GetString(response.Plaintext.ToArray());
    }
}
