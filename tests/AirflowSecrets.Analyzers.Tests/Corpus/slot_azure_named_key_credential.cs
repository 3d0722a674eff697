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
public static class Tables
{
    public static AzureNamedKeyCredential Credential() => new AzureNamedKeyCredential("airflowlogs", "4YXgInJMnyILA98MzEdxuVdZ"); // expect: AFS101
}
