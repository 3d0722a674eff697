using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Azure;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Identity.Client;

namespace Corpus;
public static class DevCredential
{
    public static ClientSecretCredential Create(bool local, string tenant, string client, string fromVault) =>
        new ClientSecretCredential(tenant, client, local ? "R3dis#Cache9" : fromVault); // expect: AFS101
}
