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
// Hex typed by hand around counting runs (123456…, …abcde…) stands in for a token; generated hex stays.
public static class CookieFixtures {
    public const string Cookie = "uid=123456; pass=123456b2f3abcde42ac3a123f3f1fc9f;";
    public const string Query = "/hub/negotiate?access_token=1234530f422f4aacb6b301233210aaaa&negotiateVersion=1";
    public const string RealQuery = "/hub/negotiate?access_token=8f3a1c9e7b2d4f60a5e8c1b7d3f9a2e6&negotiateVersion=1"; // expect: AFS103
    public static string ApiKey { get; } = "e7c2a9f41b8d3e6a0c5f9b2d7e4a1c8f"; // expect: AFS101
    public static string MadeUpApiKey { get; } = "0123456789abcdef0123456789abcdef";
}
