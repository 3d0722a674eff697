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
public static class TwoSinks
{
    private const string Secret = "R3dis#Cache9"; // expect: AFS101

    public static ClientSecretCredential First() => new ClientSecretCredential("d7f5700e-4514-3a29-3510-43c6c2822558", "51d19f7d-2eae-b2fc-1c21-7f54473c964e", Secret);
    public static ClientSecretCredential Second() => new ClientSecretCredential("b4ade5d8-9454-34d8-44a5-b5c12151292e", "4928580a-515a-0577-f1bd-2cc7dbf6ec6f", Secret);
}
