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
public sealed class Conn {
    public string Password { get; set; } = "";
    public override string ToString() => "Conn(password=****)";
    public string Masked => Password.Length == 0 ? "" : "********";
    public const string ClientSecretProperty = nameof(Password);
}
