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
public static class Runner2
{
    public static ProcessStartInfo Scheduler()
    {
        var start = new ProcessStartInfo("airflow", "scheduler");
        start.EnvironmentVariables.Add("AIRFLOW__CORE__FERNET_KEY", "8U2GowTJVI6bR-PgN6oc9ac-UmgAjk9ief3asvzSlAA="); // expect: AFS102
        return start;
    }
}
