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
[AttributeUsage(AttributeTargets.Property)] public sealed class DisplayAttribute : Attribute { public string? Name { get; set; } public string? Prompt { get; set; } }
public sealed class LoginModel {
    [Display(Name = "Password", Prompt = "Enter your password")] public string Password { get; set; } = string.Empty;
    [Display(Name = "API key")] public string ApiKey { get; set; } = string.Empty;
}
