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
// Tokens and API keys are issued by a service: a value of words stands in for one; a generated-looking one stays.
public static class TokenResponses {
    public const string AccessToken = "at+jwt";
    public const string CodeIdToken = "rst:code id_token";
    public static string Response(string accessToken = "header.payload.signature", string refreshToken = "header.payload.signatureRt") => accessToken + refreshToken;
    public static string Result(string accessToken) => accessToken;
    public static string Assertion() => Result("inner-assertion") + Result(accessToken: "t1-rebuild-a1");
    public static void Auth(HttpClient client) {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "valid-token");
    }
    public static void Real(HttpClient client) {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "q7Zt2LmX9pR4vK8wN3bY6cJ1"); // expect: AFS101
    }
    public static string Issued() => Result("Hq4nV9sT2kW7xB3mZ8pL5rD6"); // expect: AFS101
}
public sealed class FreeboxSettings {
    public string AppToken { get; set; } = "S0mEv3RY1oN9T0k3n";
}
public sealed class PushSettings {
    public string AppToken { get; set; } = "a8Jk2Lq9Zx4Vn7Bm3Cp6"; // expect: AFS101
    // A client secret is chosen, so words count.
    public string ClientSecret { get; set; } = "dogsrulethepark"; // expect: AFS101
}
