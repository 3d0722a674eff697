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
    public static void Apply(IDictionary<string, string?> env) {
        env.Add("AIRFLOW__WEBSERVER__SECRET_KEY", "a25mQ1FHTmh3M2FqM2FqM2FqM2Fq"); // expect: AFS102
        env.Add("AIRFLOW__WEBSERVER__BASE_URL", "http://localhost:8080");
    }
}
