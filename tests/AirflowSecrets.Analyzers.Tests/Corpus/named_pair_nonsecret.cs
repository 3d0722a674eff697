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
public sealed class Settings { public void Set(string key, string value) { } }
public static class A {
    public static void Apply(Settings s) {
        s.Set("Region", "westeurope");
        s.Set("PasswordPolicy", "MinLength=12");
        s.Set("TokenLifetime", "00:30:00");
    }
}
