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
// A GUID chosen as a client secret or API key is a secret; a GUID given to an id, or an empty one, is not.
public sealed class ClientRegistration {
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
}
public static class Registrations {
    public static ClientRegistration Sandbox() => new ClientRegistration {
        ClientId = "3c5e8a21-7b4d-4f96-a0c2-9e1d6b7f8a30",
        ClientSecret = "B7D41E2A-9C3F-4A58-8E6B-0F2D7C1A9E54", // expect: AFS101
    };
    public static ClientRegistration Empty() => new ClientRegistration { ClientSecret = "00000000-0000-0000-0000-000000000000" };
}
