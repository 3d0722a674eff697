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
public static class Certificate
{
    public static ClientCertificateCredential Create(X509Certificate2 certificate) =>
        new ClientCertificateCredential("948cf636-164e-aec2-28bb-ec62751e1773", "74489fb8-0e3d-a6b3-68e4-d5dedd6ca6ce", certificate);
}
