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
public static class Images
{
    public const string Logo = "data:image/png;base64,il/zem8R7UCjN2FTXHmq7ekS2nRdXkThqxWCJ31dRD9QJsI7aceQ8mgJL7Bu0JY3Mv1yo+qnLHMB5pWNXQ86zA/QdysQRmFXy8fhR95Qt2W7JnuQ+mEF6yGNDxymxq1kqd5o4TtNPZ4ZJIimjHbcOGIDgAIi/inr";
}
