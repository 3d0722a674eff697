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
public static class SasTemplate
{
    public static string Build(string signature) => "sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31&sig=" + signature;
    public const string Permissions = "sv=2022-11-02&sp=r";
}
