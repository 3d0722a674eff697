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
// Names of a case (an error code, a value meant to fail) beside a credential word: not a credential.
public static class ErrorCodes {
    public const string InvalidClientSecret = "AADSTS7000215";
    public const string B2CForgottenPassword = "AADB2C90118";
    public const string ExpiredRefreshToken = "AADSTS700082";
}
public static class ProwlTests {
    private const string _badApiKey = "1234567890abcdefghijklmnopqrstuvwxyz1234";
    private const string _apiKey = "4d1e9a7c3b8f0e2d6a5c9b7e1f3a8d2c6e0b4f7a"; // expect: AFS101
    private const string WorkerPassword = "Vq8!mLp2#rWz"; // expect: AFS101
}
