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
public static class StorageSettings
{
    public const string AccountName = "airflowlogs";
    public const string AccountKey = "zFN1XdtXNMPqAXiuF3XRcNWc0fZ581"; // expect: AFS101
}
