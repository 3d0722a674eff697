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
    public const string Cs = "Server=sql.internal;Database=app;Integrated Security=true;TrustServerCertificate=true";
    public const string Cs2 = "Server=tcp:x.database.windows.net;Database=app;Authentication=Active Directory Default";
    public const string Cs3 = "Server=tcp:x.database.windows.net;Database=app;Authentication=Active Directory Managed Identity;User Id=0c4b7a3e-2f11-4c55-9d8e-8b0f3f2a1c11";
}
