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
    public const string Md5 = "d41d8cd98f00b204e9800998ecf8427e";
    public const string CommitSha = "3f786850e387550fdab836ed7e6dc881de23001b";
    public const string RequestId = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";
    public const string KeyId = "https://kv-prod.vault.azure.net/keys/signing/9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d";
}
