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
    public static Dictionary<string, string?> Env() {
        var env = new Dictionary<string, string?>();
        env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = "mssql+pyodbc://airflow:Mssql-Alch3my@sql01/airflow?driver=ODBC+Driver+18"; // expect: AFS103
        env["AIRFLOW__CORE__DAGS_FOLDER"] = "/opt/airflow/dags";
        return env;
    }
}
