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

namespace Corpus;
// A builder method the compiler cannot bind, named for what its one argument is (WithPassword, SetApiKey).
public static class Containers {
    public static void Build(dynamic builder) {
        builder.WithPassword("Pz6!kR9#mQ2w"); // expect: AFS101
        builder.WithPassword("yourStrong(!)Password");
        builder.SetApiKey("n4Kq8Zr2Wx7Lm3Vb9Tc5"); // expect: AFS101
        builder.SetApiKey("your-api-key");
        builder.WithImage("mcr.microsoft.com/mssql/server:2022-latest");
    }
}
