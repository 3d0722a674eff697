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
public static class Blob
{
    public static string Connection => "DefaultEndpointsProtocol=https;AccountName=airflowlogs;AccountKey=eHtd3x87dyTlQMZgkLYkPfKhuNWhlawfGH6unBAkVUcuEeZQlQ;EndpointSuffix=core.windows.net"; // expect: AFS103
}
