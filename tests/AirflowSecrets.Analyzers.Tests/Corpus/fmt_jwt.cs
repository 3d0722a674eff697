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
public static class Tokens
{
    public static string Sample() => "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiAiZTRiZDgwMzktODM0ZC03ODcxLTg4NzAtMzQ0OTk5OWYxNzhkIiwgIm5hbWUiOiAic3ZjIiwgImlhdCI6IDE3MDAwMDAwMDB9.DI3nvLZAg7IlLwPN_AKhq9i4fW2zUiYeCrJVX64wDEI"; // expect: AFS104
}
