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
public static class A {
    public static AzureKeyCredential K() => new AzureKeyCredential("3f9a8c7e6d5b4a3928171615141312ab"); // expect: AFS101
    public static AzureNamedKeyCredential N() => new AzureNamedKeyCredential("airflowlogs", "bm90LWEtcmVhbC1rZXktYnV0LWxvb2tzLWxpa2Utb25lLWZvci10ZXN0aW5nLXB1cnBvc2VzLW9ubHktMTIzNA=="); // expect: AFS101
}
