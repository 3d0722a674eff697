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
public sealed record SftpOptions(string Host, string User, string Password);
public static class A {
    public static SftpOptions Make() => new SftpOptions("sftp.partner.com", "etl", "Sftp-R3cord-Pw"); // expect: AFS101
}
