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
public static class MySql
{
    public static string Connection => "Server=mysql.internal;Uid=reporting;Pwd=Tr0ub4dor&3;Database=reports;"; // expect: AFS103
}
