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
public sealed class Paging
{
    public string ContinuationToken { get; set; } = "start";
    public string CacheKey { get; set; } = "dag-runs:daily";
    public string SortKey { get; set; } = "execution_date";
}
