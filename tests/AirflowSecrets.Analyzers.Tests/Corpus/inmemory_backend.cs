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
    public static InMemorySecretsBackend Seed() {
        var memory = new InMemorySecretsBackend();
        memory.SetVariable("slack_api_token", "xoxb-2048-1024-AbCdEfGhIjKlMnOpQrStUvWx"); // expect: AFS102
        memory.SetVariable("region", "westeurope");
        memory.SetConnection("warehouse", "postgres://etl:Inm3mory-Pw@dw/dw"); // expect: AFS103
        return memory;
    }
}
