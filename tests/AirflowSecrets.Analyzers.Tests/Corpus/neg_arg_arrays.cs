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
    public static string[] A1() => new[] { "--password-file", "/run/secrets/pw" };
    public static string[] A2() => new[] { "--token", "$(cat token.txt)" };
    public static string[] A3(string apiKey) => new[] { "--api-key", apiKey };
    public static List<string> A4() => new() { "--password", "" };
    public static string[] A5() => new[] { "--secret-name", "airflow-connections-db" };
}
