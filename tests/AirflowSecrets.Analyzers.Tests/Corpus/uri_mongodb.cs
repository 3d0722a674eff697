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
public static class Mongo
{
    public static string Url() => "mongodb+srv://admin:R3dis%23Cache9@cluster0.abcde.mongodb.net/events?retryWrites=true"; // expect: AFS103
}
