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
public static class Bearer
{
    public static System.Net.Http.Headers.AuthenticationHeaderValue Header() =>
        new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "0t8pzbP1rlpaJSBU8iftl3tqlEHIk6pvAceIwfMN"); // expect: AFS101
}
