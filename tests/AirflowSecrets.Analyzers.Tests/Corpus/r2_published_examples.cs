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
// Values the OAuth 2.0 and OpenID Connect specifications and jwt.io publish as examples: not credentials.
public sealed class TokenRequest {
    public string? ClientSecret { get; set; }
    public string? Password { get; set; }
    public string? AccessToken { get; set; }
    public string? RefreshToken { get; set; }
}
public static class Requests {
    public static TokenRequest Spec() => new TokenRequest { ClientSecret = "7Fjfp0ZBr1KtDRbnfVdmIw", Password = "A3ddj3w", AccessToken = "2YotnFZFEjr1zCsicMWpAA", RefreshToken = "tGzv3JOkF0XG5Qx2TlKWIA" };
    public static TokenRequest Oidc() => new TokenRequest { AccessToken = "SlAV32hkKG", RefreshToken = "8xLOxBtZp8" };
    public const string JwtIoExample = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
    public static TokenRequest Own() => new TokenRequest {
        ClientSecret = "Rk2vQ9xLm4Tz7Wp3Nb8Y", // expect: AFS101
    };
    public const string Captured = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJldGwtcnVubmVyIiwiaWF0IjoxNzAwMDAwMDAwfQ.m3Qp9Vx2Lr7Kt4Zw8Nb1Yc6Jd5Hs0Fa3Ge9Ui2Oo7Pq"; // expect: AFS104
}
