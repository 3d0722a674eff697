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
public static class Placeholders
{
    public static ClientSecretCredential A() => new ClientSecretCredential("tenant", "client", "<your-client-secret>");
    public static ClientSecretCredential B() => new ClientSecretCredential("tenant", "client", "${AZURE_CLIENT_SECRET}");
    public static NetworkCredential C() => new NetworkCredential("u", "%DB_PASSWORD%");
    public static NetworkCredential D() => new NetworkCredential("u", "changeme");
    public static NetworkCredential E() => new NetworkCredential("u", "REPLACE_ME");
    public static NetworkCredential F() => new NetworkCredential("u", "xxxxxxxx");
    public static NetworkCredential G() => new NetworkCredential("u", "********");
}
