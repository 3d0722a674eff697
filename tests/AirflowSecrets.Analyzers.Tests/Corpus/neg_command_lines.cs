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

using System.Linq;
using System.Globalization;
namespace Corpus;
public static class A {
    public const string Test = "dotnet test --filter Category=Password --logger trx";
    public const string Kubectl = "kubectl create secret generic airflow-sp --from-literal=client-secret=$AZURE_CLIENT_SECRET";
    public const string Docker = "docker run -e AZURE_CLIENT_SECRET -e AZURE_TENANT_ID=$AZURE_TENANT_ID airflow:2.9";
    public const string Docker2 = "docker run -e AZURE_CLIENT_SECRET=$AZURE_CLIENT_SECRET airflow:2.9";
    public const string Helm = "helm upgrade airflow apache-airflow/airflow --set webserverSecretKey=${WEBSERVER_KEY}";
    public const string Az = "az keyvault secret set --vault-name kv --name airflow-variables-x --value \"$VALUE\"";
    public const string Az2 = "az keyvault secret set --vault-name kv --name airflow-connections-db --file conn.txt";
}
