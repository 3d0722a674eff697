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
public static class RsaKey
{
    // expect-next-line: AFS104
    public static string Value() => """
        -----BEGIN RSA PRIVATE KEY-----
        DaPVKrr9LEhIBVmeNLiXqHILVTyUWULlhlt+iZhtJ94NXi9feabdr7Mw7e6O+Gg7
        k4UDc8m9EiDEUgcRrbgkK4iLKZwKPeLGWw5Euzd0aJP2Udct0COtNMN2+ys1tFP5
        ZAIFq6UA+IlxkyuLskSCRz7dHs2S3Xg/73qe6lfYtbMDfBQynVd8729BcdQj7F93
        -----END RSA PRIVATE KEY-----
        """;
}
