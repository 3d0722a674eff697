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
public sealed class Validation
{
    public string? Password { get; set; }

    public string? Check() => string.IsNullOrEmpty(Password) ? nameof(Password) + " is required" : null;

    public const string PasswordPrompt = "Enter the password for the service account:";
    public const string TooShort = "Password must be at least 12 characters";
}
