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
    public static readonly Dictionary<string, string> Config = new()
    {
        ["bootstrap.servers"] = "ns.servicebus.windows.net:9093",
        ["sasl.username"] = "$ConnectionString",
        ["sasl.password"] = "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=K4fka-Sasl-Shared-Key-Value-1234567890abc=", // expect: AFS102
    };
}
