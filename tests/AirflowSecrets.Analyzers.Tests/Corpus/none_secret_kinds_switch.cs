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
public static class Kinds
{
    public static string Describe(string kind) => kind switch
    {
        "password" => "A password",
        "client_secret" => "A client secret",
        "api_key" => "An API key",
        _ => "Something else",
    };
}
