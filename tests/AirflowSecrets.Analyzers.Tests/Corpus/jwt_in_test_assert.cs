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
namespace Corpus;
public sealed class TokenTests {
    public bool Same(string token) => string.Equals("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJldGwiLCJleHAiOjE4OTM0NTYwMDB9.k9Jq2Zr7sYp4Vx1Wm8Tn3Lb6Hc0Df5Ga2Eu9Ri4Qo7", token, StringComparison.Ordinal); // expect: AFS104
}
