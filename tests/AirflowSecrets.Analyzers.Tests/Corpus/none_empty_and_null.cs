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
public static class Empty
{
    public static NetworkCredential Anonymous() => new NetworkCredential("guest", "");
    public static string? Secret { get; set; } = null;
    public static string Password { get; set; } = string.Empty;
}
