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
public static class Formats
{
    public static string Connection(string host, string password) => string.Format("Server={0};Password={1};", host, password);
    public static string Sql() => "UPDATE users SET password = @password WHERE id = @id";
    public const string Password = "{0}";
}
