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
public static class Headers
{
    public static string Authorization() => "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiAiYWNhOWZhOGUtNDUxZi1iOGM1LThjOWYtZWY0YmU5YmQ0OTQ0IiwgIm5hbWUiOiAic3ZjIiwgImlhdCI6IDE3MDAwMDAwMDB9.PaglHkM33bfWXEyJbo889P08VQHNtpLPNRn2U9AogeU"; // expect: AFS104
}
