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
public static class Bus
{
    public static string Connection => "Endpoint=sb://airflow-events.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey=ykEdBQQQx3h9IS87it8xL2OqXOdlWt"; // expect: AFS103
}
