using System;
using System.Collections.Generic;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Azure.Security.KeyVault.Secrets;

// Values that look secret and are not: a CAPTCHA's site key and a publishable key (public by design), a Basic header
// carrying a specification's example pair (RFC 6749), the AES test vectors' key, masked examples behind a format's
// prefix, SOPS ciphertext, references to a secret manager's entry (an ARN, a Google Secret Manager resource), Airflow's
// _CMD and _SECRET options (a command or a secrets-backend entry's name) and a Key Vault secret named for a setting.
// The secret halves, chosen values, generated values under setting names and unmasked tokens stay reported.
namespace Corpus.R6PublishedAndMasked
{
    public sealed class RecaptchaOptions
    {
        public string SiteKey { get; set; } = "6LcK3aAqAAAAAKd9QwZr7mXy2V4pLs8TnB1eHu0f";
        public string PublishableKey { get; set; } = "pub_Lk7Tq2Xm9Rz4Wv8Hb3Nc";
        public string SecretKey { get; set; } = "6LXiDp8eAAAAAe2u5bcIScy6C-GDX1TcEY3GVVmr"; // expect: AFS101
    }

    public static class Headers
    {
        public static AuthenticationHeaderValue Rfc6749() => new AuthenticationHeaderValue("Basic", "czZCaGRSa3F0MzpnWDFmQmF0M2JW");

        public static AuthenticationHeaderValue Chosen() => new AuthenticationHeaderValue("Basic", "bGVkZ2VyOlF2N0xtMlhyOVR6"); // expect: AFS101
    }

    public static class Vectors
    {
        public static byte[] Fips197() => Convert.FromHexString("2b7e151628aed2a6abf7158809cf4f3c");

        public static void Encrypt()
        {
            using var aes = Aes.Create();
            aes.Key = Convert.FromHexString("2b7e151628aed2a6abf7158809cf4f3c");
            using var chosen = Aes.Create();
            chosen.Key = Convert.FromHexString("9f3c7a1e5b2d8f406c1a9e3b7d5f2a8c"); // expect: AFS101
        }
    }

    public static class Examples
    {
        public const string Slack = "SLACK_BOT_TOKEN=xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX";
        public const string Entra = "AZURE_CLIENT_SECRET=xxx8Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
        public const string GitHub = "GITHUB_TOKEN=ghp_************************************";
        public const string Real = "SLACK_BOT_TOKEN=xoxb-2214896702145-4820931765234-Qm7Xr2Lk9Tz4Wv8Hb3Nc6Yd1"; // expect: AFS102

        public const string Sops =
            "database:\n" +
            "    password: ENC[AES256_GCM,data:YtxRSjj7JFAZTnB+yS7TOae+,iv:7wBpVILBlbv1u05apYhFcFYwGSVYMDeEPcA3CtC8JS0=,tag:PDIDyBEfsdv1rTsvchhbpw==,type:str]\n" +
            "sops:\n" +
            "    version: 3.8.1\n";

        public const string Plain =
            "database:\n" +
            "    password: Tz8Lw2Qm6Rx4Vk9H\n"; // expect: AFS103
    }

    public static class SecretRefs
    {
        public const string DbPasswordArn = "arn:aws:secretsmanager:eu-west-1:210987654321:secret:prod/ledger/db-password-Xk29Qa";
        public const string ApiKeyResource = "projects/ledger-prod/secrets/partner-api-key/versions/latest";

        public static IReadOnlyDictionary<string, string> Bindings { get; } = new Dictionary<string, string>
        {
            ["ConnectionStrings:Ledger:Password"] = DbPasswordArn,
            ["Partner:ApiKey"] = ApiKeyResource,
            ["Smtp:Password"] = "Qx4Tz9Lm2Wv7", // expect: AFS102
        };
    }

    public static class SchedulerEnv
    {
        public static Dictionary<string, string> Build() => new Dictionary<string, string>
        {
            ["AIRFLOW__CORE__FERNET_KEY_CMD"] = "cat /run/secrets/airflow/fernet-key",
            ["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_SECRET"] = "airflow-metadata-db-uri",
            ["AIRFLOW__WEBSERVER__SECRET_KEY"] = "Rk3Tz8Qw2Lm7Xv4N", // expect: AFS102
        };
    }

    public static class VaultSeeder
    {
        public static async Task SeedAsync(SecretClient client)
        {
            await client.SetSecretAsync("feature-region", "westeurope");
            await client.SetSecretAsync("name", "value");
            await client.SetSecretAsync("sql-admin-password", "i0Imy$vjEtYN!ziy"); // expect: AFS101
            await client.SetSecretAsync("partner", "Wm4Qx9Tz2Lr7Vk8Hb3Nc6Yd"); // expect: AFS101

            // The same calls where the compiler cannot bind them (here dynamic; in a scan, an argument of an unreferenced
            // test framework's type): judged alike.
            const string secretName = "name";
            const string secretValue = "value";
            dynamic secretClient = client;
            await secretClient.SetSecretAsync(secretName, secretValue);
            await secretClient.SetSecretAsync("sql-admin-password", "Hv7!Tq2Lm9Xz"); // expect: AFS101
        }
    }
}
