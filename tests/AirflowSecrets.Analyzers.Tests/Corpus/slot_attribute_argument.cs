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
[AttributeUsage(AttributeTargets.Class)]
public sealed class BasicAuthAttribute : Attribute
{
    public string? User { get; set; }
    public string? Password { get; set; }
}

[BasicAuth(User = "ops", Password = "R3dis#Cache9")] // expect: AFS101
public sealed class MetricsEndpoint
{
}
