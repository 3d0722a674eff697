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
public static class Modes
{
    public static bool Fast(string mode) => mode == "fast";
    public static bool Bearer(string tokenType) => string.Equals(tokenType, "Bearer", StringComparison.OrdinalIgnoreCase);
    public static bool Empty(string password) => password == "";
}
