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
public sealed class V1EnvVar { public V1EnvVar(string name, string? value = null) { Name = name; Value = value; } public string Name { get; } public string? Value { get; } }
public static class A {
    public static readonly List<V1EnvVar> Env = new()
    {
        new V1EnvVar("AIRFLOW__CORE__FERNET_KEY", "K8s-Fernet.Key_Value-1"), // expect: AFS102
        new V1EnvVar("AIRFLOW__CORE__PARALLELISM", "32"),
    };
}
