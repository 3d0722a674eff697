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
public static class Settings
{
    public static Dictionary<string, string> Values() => new Dictionary<string, string>
    {
        { "Storage:AccountName", "airflowlogs" },
        { "Storage:AccountKey", "sPKHLaZDF0yTlzgdqn0f1EznBuwBEYmpPj8uqDX4" }, // expect: AFS102
    };
}
