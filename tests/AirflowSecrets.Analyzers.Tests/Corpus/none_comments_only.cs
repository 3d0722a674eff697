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
public static class Commented
{
    // Old value, revoked: Password=Hunter2024!
    /* AccountKey=abc123def456ghi789; rotated on 2025-06-01 */
    public const string Note = "see the runbook for rotation";
}
