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
    private const string AccountKeyPrefix = "AccountKey=";
    private const string SigPrefix = "sig=";
    public static bool HasKey(string cs) => cs.Contains(AccountKeyPrefix, StringComparison.OrdinalIgnoreCase);
    public static bool IsSas(string q) => q.StartsWith(SigPrefix, StringComparison.Ordinal);
    public static string Redact(string cs) => System.Text.RegularExpressions.Regex.Replace(cs, "(?i)(password|pwd)=[^;]*", "$1=***");
}
