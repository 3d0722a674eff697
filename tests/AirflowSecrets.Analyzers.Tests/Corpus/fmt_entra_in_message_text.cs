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
public static class Notes
{
    public static string Text() => "rotated credential: DJ48Q~wz4JWIvKocfGhtK3JvxUW8JgYjSz.L_o0V (expires 2026)"; // expect: AFS104
}
