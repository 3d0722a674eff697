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
public static class Shared
{
    private static readonly string ServicePrincipalSecret = "R3dis#Cache9"; // expect: AFS101

    public static ClientSecretCredential Create() => new ClientSecretCredential("27bacbd6-60b6-eb77-18a6-ee54d9bd716f", "3de47f90-c83d-7424-2306-3ac7360f1b1d", ServicePrincipalSecret);
}
