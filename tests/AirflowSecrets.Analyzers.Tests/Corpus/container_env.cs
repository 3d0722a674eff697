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
public sealed class ContainerBuilder {
    public ContainerBuilder WithEnvironment(string name, string value) => this;
    public ContainerBuilder WithPassword(string password) => this;
}
public static class A {
    public static ContainerBuilder Make() => new ContainerBuilder()
        .WithEnvironment("AZURE_CLIENT_SECRET", "Tc-Env.Secret_42") // expect: AFS102
        .WithEnvironment("AIRFLOW__CORE__EXECUTOR", "LocalExecutor")
        .WithPassword("Tc-Passw0rd!"); // expect: AFS101
}
