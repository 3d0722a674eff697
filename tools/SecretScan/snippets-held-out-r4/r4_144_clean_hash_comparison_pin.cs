using System.Security.Cryptography;
using System.Text;

namespace Kiosk.Maintenance;

public static class ServiceMenu
{
    private const string ServicePinHash = "f8b7ed499322ea0d0de4528c6d111de28776c8be9037f84dd6fb947c46d47af7";

    public static bool Unlock(string enteredPin)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(enteredPin))).ToLowerInvariant();
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(hash), Encoding.ASCII.GetBytes(ServicePinHash));
    }
}
