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
public static class Cosmos
{
    public static string Connection => "AccountEndpoint=https://airflow-meta.documents.azure.com:443/;AccountKey=tJx+1U3cABkyYtFKxtspyE/IGphLvRTUscVDtDTXCo0U8krq9qbWNUOPRB3z6c/XJRl5cHFfTgn+11KY+ctU+g==;"; // expect: AFS103
}
