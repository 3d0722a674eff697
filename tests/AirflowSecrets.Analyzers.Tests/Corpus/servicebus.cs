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
    public static string Sb() => "Endpoint=sb://etl-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=q1w2e3r4t5y6u7i8o9p0AsDfGhJkLzXcVbNm1234567="; // expect: AFS103
    public static string NoKey() => "Endpoint=sb://etl-bus.servicebus.windows.net/;SharedAccessKeyName=listen";
}
