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
    public const string Thumbprint = "A1B2C3D4E5F60718293A4B5C6D7E8F9012345678";
    public const string Sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    public const string SecretUri = "https://kv.vault.azure.net/secrets/db-password/4387e9f3d6e14c459867679a90fd0f79";
    public const string Etag = "\"0x8DBF4A1B2C3D4E5\"";
    public const string Scope = "https://vault.azure.net/.default";
}
