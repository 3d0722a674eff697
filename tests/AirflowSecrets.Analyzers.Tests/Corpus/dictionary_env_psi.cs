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
    public static Process Start() {
        var psi = new ProcessStartInfo("airflow", "tasks test my_dag t1");
        psi.Environment["AIRFLOW_CONN_WAREHOUSE"] = "postgresql://etl:W4rehouse!Pass@dw.internal:5432/dw"; // expect: AFS103
        psi.Environment["AIRFLOW_CONN_LOGS"] = "aws://";
        return Process.Start(psi)!;
    }
}
