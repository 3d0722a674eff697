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
public static class Strings
{
    private static readonly Dictionary<string, string> Table = new Dictionary<string, string> { ["PasswordLabel"] = "Password", ["SecretLabel"] = "Client secret" };

    public static string PasswordLabel => Table["PasswordLabel"];
}
