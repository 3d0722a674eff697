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
public static class A {
    public const string PasswordRegex = "^(?=.*[a-z])(?=.*[A-Z]).{12,}$";
    public const string ClientSecretHeader = "X-Client-Secret";
    public const string PasswordLabel = "Enter your password";
    public static void Check(string password) {
        if (password.Length < 12) throw new ArgumentException("password must be at least 12 characters", nameof(password));
    }
}
