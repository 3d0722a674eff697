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
namespace Corpus;
public sealed class Creds { public string? Pwd { get; set; } public string? AuthKey { get; set; } }
public static class A {
    private const string PASS = "C0nst-PASS-Value"; // expect: AFS101
    public static Creds Make() => new() { Pwd = "Pwd-Pr0perty!", AuthKey = "Auth-K3y-Pr0p-77" }; // expect: AFS101
    public static int L => PASS.Length;
}
