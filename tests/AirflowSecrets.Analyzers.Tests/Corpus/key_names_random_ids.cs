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

namespace Corpus;
public sealed class Ids {
    public string IdempotencyKey { get; set; } = "a7f3c9e1b5d2";
    public string RowKey { get; set; } = "2026-11-28T12:00:00Z";
    public string ResourceKey { get; set; } = "Strings.PasswordLabel";
    public string TranslationKey { get; set; } = "login.password.placeholder";
}
