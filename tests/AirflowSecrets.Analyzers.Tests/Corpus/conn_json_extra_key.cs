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
    public static void Apply() => Environment.SetEnvironmentVariable("AIRFLOW_CONN_OPENAI",
        """{"conn_type": "openai", "host": "https://api.openai.com", "extra": {"api_key": "sk-proj-7Hq2Lm9Xv4Rt8Wn1Kp6Zs3Bd"}}"""); // expect: AFS103
}
