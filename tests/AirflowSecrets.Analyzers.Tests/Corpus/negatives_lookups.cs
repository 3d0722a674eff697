using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Identity.Client;

using System.Data.Common;
using System.Linq;
namespace Corpus;
public static class A {
    public static string? Pw(IDictionary<string, string> d) => d.TryGetValue("password", out var v) ? v : null;
    public static string Need() => Environment.GetEnvironmentVariable("DB_PASSWORD") ?? throw new InvalidOperationException("DB_PASSWORD is not set");
    public const string PasswordFieldId = "txtPassword";
    public const string Scheme = "Bearer";
    public static readonly System.Text.RegularExpressions.Regex PasswordPattern = new("password=([^;]+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
}
