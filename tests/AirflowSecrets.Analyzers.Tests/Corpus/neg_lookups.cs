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

using System.Linq;
using System.Globalization;
namespace Corpus;
public static class A {
    public static bool IsBearer(IDictionary<string, string> h) => h["Authorization"] == "Bearer";
    public static string JwtKey(IConfiguration c) => c["Jwt:Key"] ?? "dev";
    public static string Flow(IConfiguration c) => c["Features:NewPasswordFlow"] ?? "false";
    public static string PwFile() => Environment.GetEnvironmentVariable("DB_PASSWORD_FILE") ?? "/run/secrets/db_password";
    public static bool Missing() => Environment.GetEnvironmentVariable("AZURE_CLIENT_SECRET") == null;
}
