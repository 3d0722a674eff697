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

using System.Linq;
namespace Corpus;
public sealed class BlobOptions {
    public string SasToken { get; init; } = "sv=2022-11-02&ss=b&srt=o&sp=r&se=2027-01-01&sig=SW5pdFNhc1Rva2VuU2lnbmF0dXJl"; // expect: AFS101
}
