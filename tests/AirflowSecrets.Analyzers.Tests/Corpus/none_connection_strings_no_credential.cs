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
public static class Passwordless
{
    public const string Sql = "Server=tcp:dw.database.windows.net;Database=dw;Authentication=Active Directory Default;Encrypt=True";
    public const string Integrated = "Server=localhost;Database=dw;Integrated Security=true;TrustServerCertificate=true";
    public const string ManagedIdentity = "Server=tcp:dw.database.windows.net;Database=dw;Authentication=Active Directory Managed Identity";
    public const string AppAuth = "RunAs=App;AppId=11111111-2222-3333-4444-555555555555";
    public const string Bus = "Endpoint=sb://airflow-events.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey";
    public const string Storage = "BlobEndpoint=https://airflowlogs.blob.core.windows.net/;";
}
