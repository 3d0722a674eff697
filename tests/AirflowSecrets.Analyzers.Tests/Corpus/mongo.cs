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

namespace Corpus;
public static class A {
    public const string Mongo = "mongodb+srv://airflow:M0ngoPw2026@cluster0.abcde.mongodb.net/?retryWrites=true"; // expect: AFS103
    public const string MongoNoPw = "mongodb://cluster0.abcde.mongodb.net:27017/airflow";
}
