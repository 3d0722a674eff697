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
public static class A {
    public static int Strength(string password) => password switch { "" => 0, null => 0, _ => password.Length };
    public static bool IsDefault(string tokenType) => tokenType is "Bearer" or "Basic";
    public static string Kind(string secretName) { switch (secretName) { case "airflow-variables-x": return "var"; default: return "?"; } }
}
