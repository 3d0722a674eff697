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
public sealed class WebhookOptions
{
    public string Url { get; set; } = "https://hooks.example.com/airflow";
    public string Token { get; set; } = "Zfetou6VDlW0zH6rIjWWU0VaNIyyiETzl11i"; // expect: AFS101
}
