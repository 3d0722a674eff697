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
public sealed class ApiClient {
    private readonly string _apiKey;
    public ApiClient() { _apiKey = "ctor-Ass1gned-ApiKey-77"; } // expect: AFS101
    public int Length => _apiKey.Length;
}
