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
public static class OldPrincipal
{
    public static string Value() => "9jF7Q~7P~LAyEFrrqOZuRBo8H7KpghCWZTjOhHQE"; // expect: AFS104
}
