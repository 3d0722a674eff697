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
public static class ExtraJson
{
    public static string Conn() => "{\"conn_type\": \"wasb\", \"login\": \"airflowlogs\", \"extra\": {\"shared_access_key\": \"sQrQiFkfBTbF9VKYX6Q81fHpvM5v6o\"}}"; // expect: AFS103
}
