using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Identity.Client;

namespace Corpus;
public sealed class Paging {
    public string? ContinuationToken { get; set; } = "start";
    public string NextPageToken { get; set; } = "";
    public string CancellationTokenName { get; } = "ct";
    public string SortKey { get; set; } = "created_at";
    public string PartitionKey { get; set; } = "/tenantId";
    public string CacheKey { get; set; } = "airflow:variables:my_var";
}
