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
public static class OAuth
{
    public static Dictionary<string, string> Form(string user, string password) => new Dictionary<string, string>
    {
        ["grant_type"] = "password",
        ["username"] = user,
        ["password"] = password,
        ["scope"] = "openid",
    };

    public const string Body = "grant_type=password&client_id=public-client&scope=openid";
}
