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
public static class Ids
{
    public const string TenantId = "62e6ee81-8ef5-f42b-54ac-d9a0f758dce8";
    public const string ClientId = "af9e7af3-0e75-2b96-f865-c2e3837407cf";
    public const string SubscriptionId = "60efc188-679d-4899-f6d9-65f2a33a22c7";
    public const string ObjectId = "87b123c2-bc01-8d35-491e-61c27f13113e";
}
