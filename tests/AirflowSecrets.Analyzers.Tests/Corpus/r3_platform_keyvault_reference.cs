using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Identity.Client;

namespace Corpus;
// App Service Key Vault and App Configuration references name where the value lives; the platform resolves them.
// A real value written under the same setting names is still reported.
public static class SiteSettings {
    public static IDictionary<string, string> Production(string vault) => new Dictionary<string, string> {
        ["AzureAd__ClientSecret"] = "@Microsoft.KeyVault(SecretUri=https://ops-kv.vault.azure.net/secrets/portal-client-secret/)",
        ["Mail__Password"] = "@Microsoft.KeyVault(VaultName=ops-kv;SecretName=mail-password)",
        ["Billing__ApiKey"] = "@Microsoft.AppConfiguration(Endpoint=https://ops-config.azconfig.io; Key=billing-api-key)",
        ["Queue__Password"] = $"@Microsoft.KeyVault(VaultName={vault};SecretName=queue-password)",
    };

    public static IDictionary<string, string> Staging() => new Dictionary<string, string> {
        ["AzureAd__ClientSecret"] = "qT4~Zp9Lr2Wx7Vb5Nc8Mk3Hj6Gf1Ds0Ae_Yu4Io", // expect: AFS102
        ["Mail__Password"] = "Ml9!stg-Relay#42", // expect: AFS102
    };
}
