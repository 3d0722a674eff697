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
public static class Factory
{
    public static ClientSecretCredential Create() =>
        new ClientSecretCredential("e2a214e8-bbe9-c675-1d52-490575ffc53d", "03aa3897-fcf4-c6b6-186c-39e8c7bb69f6", "s3rv1ce-acct-77"); // expect: AFS101
}
