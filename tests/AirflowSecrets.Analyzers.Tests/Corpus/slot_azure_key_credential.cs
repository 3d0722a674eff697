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
public static class Search
{
    public static AzureKeyCredential Key() => new AzureKeyCredential("4efXgMxhV8az36a4sMzMJ5xu09kc24Qo"); // expect: AFS101
}
