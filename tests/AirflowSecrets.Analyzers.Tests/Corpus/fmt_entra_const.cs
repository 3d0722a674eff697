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
public static class Principal
{
    public const string Value = "Jsh8Q~XSeX54e8eWuT9IbVohR2~jE~kxVUpD6_PB"; // expect: AFS104
}
