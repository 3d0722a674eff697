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
public static class Wasb
{
    public static string Connection() => "wasb://airflowlogs:1Ta2C2njnH6ZE0cHQ6QzLqbS2Xq1aU@"; // expect: AFS103
}
