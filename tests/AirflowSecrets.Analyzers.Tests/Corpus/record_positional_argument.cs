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
public sealed record SmtpCredentials(string User, string Password);

public static class Mailer
{
    public static SmtpCredentials Credentials() => new SmtpCredentials("alerts@contoso.com", "Adm1n@Prod"); // expect: AFS101
}
