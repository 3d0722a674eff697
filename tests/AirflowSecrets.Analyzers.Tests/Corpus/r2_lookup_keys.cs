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
// A key that looks a value up (configuration sections, dictionaries) is a name; a key given to code that signs stays.
public static class Lookups {
    public static object Section(IConfiguration configuration) => configuration.GetSection("DownstreamB2CApi");
    public static bool Has(Dictionary<string, string> values) => values.TryGetValue("Api2Gateway9Core", out _) || values.ContainsKey("Tenant3Region7Eu");
    public static string Sign(string data, string key) => data + key;
    public static string Signed() => Sign("payload", "k3Y9xQ7mW2pL8vR4tZ6n"); // expect: AFS101
}
