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
public sealed class A {
    private readonly string _secret = "Abc8Q~aZ0-bY1.cX2_dW3~eV4fU5gT6hS7iR8jQ9"; // expect: AFS101
    public string Id => _secret.Length.ToString();
}
