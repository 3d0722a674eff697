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
public static class Signing
{
    private static readonly byte[] Key = System.Text.Encoding.UTF8.GetBytes("Kx9!mQ2#vL-d3o0oRevsINHotFL"); // expect: AFS101
    public static int Length => Key.Length;
}
