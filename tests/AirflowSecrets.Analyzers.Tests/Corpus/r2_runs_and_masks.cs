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
// Counting runs between separators, "blah", and masked values stand in for a credential.
public sealed class ClientSettings {
    public string? ApiKey { get; set; }
    public string? ClientSecret { get; set; }
}
public static class Fixtures {
    public static ClientSettings Runs() => new ClientSettings { ApiKey = "1234-ABCD" };
    public static ClientSettings Blah() => new ClientSettings { ClientSecret = "blah" };
    public static ClientSettings Masked() => new ClientSettings { ClientSecret = "obfuscated" };
    public static ClientSettings Real() => new ClientSettings {
        ApiKey = "9f3K-x7Qe-2mZp-88wL", // expect: AFS101
    };
}
