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
public static class BuilderOk
{
    public static string Build(string password)
    {
        var builder = new System.Data.Common.DbConnectionStringBuilder();
        builder["Server"] = "dw.internal";
        builder["Integrated Security"] = "true";
        builder["Password"] = password;
        return builder.ConnectionString;
    }
}
