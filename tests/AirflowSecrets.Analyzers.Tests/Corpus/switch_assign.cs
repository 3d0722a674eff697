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

using System.Linq;
namespace Corpus;
public static class A {
    public static string For(string env) {
        string password;
        switch (env) {
            case "dev": password = "Sw1tch-Ass1gn-Dev"; break; // expect: AFS101
            default: password = Environment.GetEnvironmentVariable("DB_PASSWORD") ?? ""; break;
        }
        return password;
    }
}
