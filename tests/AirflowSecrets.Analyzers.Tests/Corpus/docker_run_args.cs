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
using AirflowSecrets;
using AirflowSecrets.Backends;
namespace Corpus;
public static class A {
    public static Process Run() => Process.Start("docker", "run -e AZURE_CLIENT_SECRET=D0cker-Run.Secret -e AZURE_CLIENT_ID=0c4b7a3e-2f11-4c55-9d8e-8b0f3f2a1c11 airflow:2.9")!; // expect: AFS102
}
