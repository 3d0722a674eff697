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
// A Google OAuth client secret has an issuer's prefix: found wherever it stands; the prefix alone or a made-up one is not.
public static class GoogleLogin {
    public const string Login = "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"; // expect: AFS104
    public const string Prefix = "GOCSPX-";
    public const string Docs = "Client secrets start with GOCSPX- followed by 28 characters.";
}
