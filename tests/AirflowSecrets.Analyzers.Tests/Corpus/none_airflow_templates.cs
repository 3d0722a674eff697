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
public static class Templates
{
    public static string Conn() => "postgres://{{ conn.warehouse.login }}:{{ conn.warehouse.password }}@{{ conn.warehouse.host }}/dw";
    public static string Var() => "{{ var.value.api_key }}";
    public static string Password = "{{ conn.warehouse.password }}";
}
