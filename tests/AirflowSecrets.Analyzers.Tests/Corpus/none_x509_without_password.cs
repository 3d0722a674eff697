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
public static class PublicCertificates
{
    public static X509Certificate2 Load(byte[] der) => X509CertificateLoader.LoadCertificate(der);
    public static X509Certificate2 LoadFile() => X509CertificateLoader.LoadCertificateFromFile("/etc/ssl/certs/airflow.cer");
}
