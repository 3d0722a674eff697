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
public static class Words
{
    public const string Greeting = "hello world";
    public const string Status = "Password reset email sent";
    public const string Kind = "secret";
    public const string Header = "Authorization";
}
