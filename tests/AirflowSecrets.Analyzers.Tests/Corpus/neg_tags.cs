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
    public static void Tag(Activity a) {
        a.SetTag("http.request.header.authorization", "[REDACTED]");
        a.SetTag("db.user", "etl");
        AppContext.SetData("PasswordPolicyVersion", "2");
    }
}
