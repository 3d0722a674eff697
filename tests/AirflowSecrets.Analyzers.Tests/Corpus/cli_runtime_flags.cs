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
    public static Process Run(string pw, string secretFile) =>
        Process.Start("airflow", $"users create --username admin --password {pw} --role Admin --token-file {secretFile}")!;
    public static Process Run2() => Process.Start("az", "keyvault secret show --vault-name kv-prod --name airflow-connections-db --query value -o tsv")!;
}
