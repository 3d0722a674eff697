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
// The Basic scheme's credential is base64 of user:password, encoded in the code: the password is judged where it is written.
public static class BasicAuth {
    public static void Chosen(HttpClient client) {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes("etl-loader:Wq3#nV8!zLp2"))); // expect: AFS101
    }
    public static void Placeholder(HttpClient client) {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes("username:password")));
    }
    public static void Header(HttpClient client) {
        client.DefaultRequestHeaders.Add("Authorization", "Basic " + Convert.ToBase64String(Encoding.ASCII.GetBytes("svc-export:Mk7$rT2@qW9x"))); // expect: AFS101
    }
}
