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
public static class Pairs
{
    public static List<KeyValuePair<string, string?>> Values() => new List<KeyValuePair<string, string?>>
    {
        new KeyValuePair<string, string?>("Api:BaseUrl", "https://api.example.com"),
        new KeyValuePair<string, string?>("Api:ApiKey", "zi4bn9i99o6at71eo5wbw4ghhp"), // expect: AFS102
    };
}
