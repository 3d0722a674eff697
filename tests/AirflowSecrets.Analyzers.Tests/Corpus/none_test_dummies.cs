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
public sealed class CredentialTests
{
    private const string ClientSecret = "fake-client-secret";
    private const string Password = "test-secret";

    public void Builds()
    {
        var credential = new ClientSecretCredential("tenant", "client", ClientSecret);
        var network = new NetworkCredential("user", "dummy");
        _ = (credential, network, Password);
    }
}
