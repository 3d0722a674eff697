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

using System.Linq;
using System.Globalization;
namespace Corpus;
public static class A {
    public static string Basic(string user, string password) => string.Format("{0}:{1}", user, password);
    public static string Rule() => string.Format(CultureInfo.InvariantCulture, "Password must be {0} characters", 12);
    public static string Masked() => string.Format("password={0}", "***");
}
