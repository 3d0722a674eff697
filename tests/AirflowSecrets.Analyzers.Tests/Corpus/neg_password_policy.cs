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
public sealed class PasswordPolicy {
    public int MinimumLength { get; set; } = 12;
    public string RequiredCharacters { get; set; } = "!@#$%^&*";
    public string PasswordRules { get; set; } = "minlength: 12; required: lower; required: upper; required: digit;";
}
