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
public static class A {
    private const string Key = "Tm90UmVhbEJ1dExvb2tzTGlrZUFTdG9yYWdlS2V5VGhhdElzODhDaGFyc0xvbmdBbmRFbmRzV2l0aDEyMzQ1Ng=="; // expect: AFS104
    public const string Cs = $"DefaultEndpointsProtocol=https;AccountName=logs;AccountKey={Key};EndpointSuffix=core.windows.net";
}
