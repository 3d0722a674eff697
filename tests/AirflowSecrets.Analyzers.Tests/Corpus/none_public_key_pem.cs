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
public static class PublicMaterial
{
    public const string PublicKey = "-----BEGIN PUBLIC KEY-----\nA8zEU4yu8fGTvGWKWnyfCv8GFiTkp11JrlDS6wJ2AbulgeUJiPgC4c8+vWUQFsXt\neh/dqRSAI0No+IFeDSF3GWcrJiJiA/eX0Uz+R8WYUQuqueZ3lesvE+W/AgyVeKja\n-----END PUBLIC KEY-----";
    public const string Certificate = "-----BEGIN CERTIFICATE-----\nzeMOj+uH+gsr5hm0dMHt5cIjmxHou0KN0Pyl2IfTkZtQAkEDohZXebSl+gwCtJ6i\n-----END CERTIFICATE-----";
}
