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
public static class Lookup
{
    public static Dictionary<string, string> Values() => new Dictionary<string, string>
    {
        ["etl-principal"] = "9YP8Q~VsMRkjTFG8ddD-bsr6xwqZ1YAgh25d3ewZ", // expect: AFS104
    };
}
