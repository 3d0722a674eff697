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
#pragma warning disable SYSLIB0057
public static class LegacyCertificates
{
    public static X509Certificate2 Load(byte[] raw) => new X509Certificate2(raw, "pg_Pass_8812"); // expect: AFS101
}
