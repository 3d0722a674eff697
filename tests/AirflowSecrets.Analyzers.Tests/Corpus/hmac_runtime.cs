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
    public static byte[] Sign(byte[] key, byte[] data) => System.Security.Cryptography.HMACSHA256.HashData(key, data);
    public static byte[] Sign2(string keyFromVault, byte[] data) => System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(keyFromVault), data);
}
