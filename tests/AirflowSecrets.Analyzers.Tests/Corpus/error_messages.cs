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
    public static Exception Weak() => new ArgumentException("Invalid password: must contain at least 12 characters, one digit and one symbol.");
    public static Exception Missing(string key) => new KeyNotFoundException($"Secret '{key}' not found; set AIRFLOW_VAR_{key.ToUpperInvariant()} or add airflow-variables-{key}.");
}
