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
public static class Login
{
    public static bool SignIn(string user, string password) => user.Length + password.Length > 0;

    public static bool Run() => SignIn(user: "etl", password: "Adm1n@Prod"); // expect: AFS101
}
