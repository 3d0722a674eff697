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
// The constant is declared in another type: the finding is where this type uses it (inside the type analysed).
public static class Secrets { public const string Client = "x9K.2mN_4pQ-6rS8tU0vW2yZ"; }
public static class A { public static void Apply() => Environment.SetEnvironmentVariable("AZURE_CLIENT_SECRET", Secrets.Client); } // expect: AFS102
