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
    public const string Key = "Wm9wZ3Jhc2t0YWtl+ZXlmb3Jjb3Ntb3NkYmFjY291bnRzMTIzNDU2Nzg5MEFCQ0RFRkdISUpLTE1OT1BRUlNUVQ=="; // expect: AFS101
}
