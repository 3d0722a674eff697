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
public static class A {
    public static ReadOnlySpan<byte> Key => "hmacKey-9s8d7f6g5h4j3k2l"u8; // expect: AFS101
    public static byte[] Hmac(byte[] data) => System.Security.Cryptography.HMACSHA256.HashData(Key, data);
}
