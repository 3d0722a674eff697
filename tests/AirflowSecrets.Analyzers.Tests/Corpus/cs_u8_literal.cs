using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Azure;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Identity.Client;

namespace Corpus;
public static class Utf8
{
    public static ReadOnlySpan<byte> Connection => "Host=db;Username=etl;Password=s3rv1ce-acct-77"u8; // expect: AFS103
}
