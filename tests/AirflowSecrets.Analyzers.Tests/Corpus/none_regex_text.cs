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
using System.Text.RegularExpressions;

public static class Masking
{
    private static readonly Regex PasswordInConnectionString = new Regex("Password=(?<password>[^;]*)", RegexOptions.IgnoreCase);
    private static readonly Regex UriCredentials = new Regex(@"://(?<user>[^:/@]+):(?<password>[^@]+)@");

    public static string Mask(string text) => UriCredentials.Replace(PasswordInConnectionString.Replace(text, "Password=***"), "://${user}:***@");
}
