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
public static class Builder
{
    public static string Build()
    {
        var builder = new System.Data.Common.DbConnectionStringBuilder();
        builder["Server"] = "dw.internal";
        builder["Password"] = "pg_Pass_8812"; // expect: AFS102
        return builder.ConnectionString;
    }
}
