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
public static class Mail
{
    public static void Configure(ConfigurationManager configuration)
    {
        configuration["Smtp:Host"] = "smtp.office365.com";
        configuration["Smtp:Password"] = "Kx9!mQ2#vL"; // expect: AFS102
    }
}
