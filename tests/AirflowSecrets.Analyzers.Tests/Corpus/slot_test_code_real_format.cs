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
public sealed class VaultTests
{
    public void Connects()
    {
        var credential = new ClientSecretCredential("716d55bd-3985-eb60-6ebb-895d99a46656", "c4434232-c02f-6ab7-d1ea-fe19a15d4d81", "8Si8Q~vsAAIjd24DIL0OuHSny0DrNx~NmJA4luSa"); // expect: AFS101
        _ = credential;
    }
}
