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
public static class Local
{
    public static ClientSecretCredential Create()
    {
        var secret = "R3dis#Cache9"; // expect: AFS101
        return new ClientSecretCredential("8048982f-9a6d-b25e-67d9-0ccc843a0a65", "762b8bd4-ce8f-46c4-de53-39dc9474315d", secret);
    }
}
