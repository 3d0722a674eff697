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
// A token with no signature (header.payload.) is accepted by no verifier: not a credential. A signed one stays.
public static class IdTokens {
    private const string IdToken = "ewogICJ0eXAiOiAiSldUIiwKICAiYWxnIjogIm5vbmUiCn0=.ewogICJzdWIiOiAiYWxpY2UiCn0=.";
    private const string UnsignedIdToken = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJib2IifQ.";
    private const string SignedIdToken = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJib2IifQ.dG9rZW4tc2lnbmF0dXJlLXZhbHVlLTk4NzY1NDMyMTA"; // expect: AFS101
}
