using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Identity.Client;

using System.Data.Common;
using System.Linq;
namespace Corpus;
public static class A {
    public static string Cs(string host) => $"Server={host};User Id=etl;Password={"H0le-L1teral!"}"; // expect: AFS103
}
