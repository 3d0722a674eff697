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
using AirflowSecrets;
using AirflowSecrets.Backends;
namespace Corpus;
public static class A {
    public static void Write(string fernet) => System.IO.File.WriteAllText(".env", $"AIRFLOW__CORE__FERNET_KEY={fernet}\nAIRFLOW__CORE__EXECUTOR=LocalExecutor\n");
}
