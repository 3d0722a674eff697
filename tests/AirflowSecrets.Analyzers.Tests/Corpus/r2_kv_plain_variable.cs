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
// A Key Vault secret holding an Airflow variable not named like a credential holds a setting.
public static class SeedVault {
    public static void Run(SecretClient client) {
        client.SetSecret("airflow-variables-region", "northeurope");
        client.SetSecret("airflow-variables-batch_size", "500");
        client.SetSecret("airflow-variables-partner_api_key", "Ab3Xk9Lq2Wm7Zr5Tn8Vc"); // expect: AFS101
        client.SetSecret("airflow-connections-ledger", "postgresql://ledger:Hx5!pQ8@db/ledger"); // expect: AFS101
    }
}
