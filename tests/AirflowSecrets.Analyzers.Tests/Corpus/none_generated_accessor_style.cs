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
public sealed class JobSecrets
{
    private readonly Func<string, Task<string>> _read;

    public JobSecrets(Func<string, Task<string>> read) => _read = read;

    public Task<string> GetWarehousePasswordAsync() => _read("warehouse_password");
}
