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
public static class Proxy
{
    public static NetworkCredential Build()
    {
        var credential = new NetworkCredential { UserName = "proxy-user" };
        credential.Password = "Sup3rS3cret!"; // expect: AFS101
        return credential;
    }
}
