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
using System.Globalization;
namespace Corpus;
public sealed class Store { public void Set(string key, string value) { } }
public static class A {
    public static void Fill(Store s) {
        s.Set("SecretName", "airflow-connections-warehouse");
        s.Set("TokenEndpoint", "https://login.microsoftonline.com/common/oauth2/v2.0/token");
        s.Set("ApiKeyHeader", "X-Api-Key");
        s.Set("PasswordMinLength", "12");
    }
}
