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
public static class Hashes
{
    public static readonly Dictionary<string, string> Checksums = new Dictionary<string, string>
    {
        ["dag.py"] = "d41d8cd98f00b204e9800998ecf8427e",
        ["plugin.zip"] = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    };
}
