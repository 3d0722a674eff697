using System;
using System.Collections.Generic;
using System.Net;
using AirflowSecrets.Python;

namespace AirflowSecrets.Clients
{
    /// <summary>WasbHook.get_conn's credential precedence (providers/microsoft/azure hooks/wasb.py).</summary>
    internal static class BlobMapping
    {
        // The query keys of a shared access signature (azure-storage's QueryStringConstants).
        private static readonly HashSet<string> SasKeys = new HashSet<string>(StringComparer.Ordinal)
        {
            "sv", "ss", "srt", "sp", "se", "st", "spr", "sig", "sip", "si", "sr", "sdd", "rscc", "rscd", "rsce", "rscl", "rsct",
            "skoid", "sktid", "skt", "ske", "sks", "skv", "saoid", "suoid", "scid", "ses", "skdutid", "sduoid", "srh", "sth", "srq",
        };

        private static readonly HashSet<string> Read = new HashSet<string>(StringComparer.Ordinal)
        {
            "connection_string", "tenant_id", "shared_access_key", "sas_token", "account_key", "managed_identity_client_id",
            "workload_identity_tenant_id", "proxies", "connection_verify", "client_secret_auth_config",
        };

        public static BlobStorageSettings Map(AirflowConnection connection, AirflowClientOptions? options)
        {
            HookExtras x = HookExtras.Read(connection, AirflowClientKind.Blob, options);
            foreach (KeyValuePair<string, PyValue> extra in x.Entries)
            {
                string shortName = extra.Key.StartsWith("extra__wasb__", StringComparison.Ordinal) ? extra.Key.Substring("extra__wasb__".Length) : extra.Key;
                if (!Read.Contains(shortName)) x.Note(extra.Key, "is passed to the Python client as a keyword argument it does not use; left out");
            }

            string? connectionString = Field(x, "connection_string");
            if (connectionString != null)
            {
                return new BlobStorageSettings(connection.ConnId, BlobCredentialKind.ConnectionString, x.Notes.ToArray()) { ConnectionString = connectionString };
            }

            string accountUrl = AccountUrl(connection.Host, connection.Login);
            string? proxy = Proxy(x, x.Get("proxies"), "proxies", accountUrl);
            bool verify = Verify(x, x.Get("connection_verify"), "connection_verify");
            BlobStorageSettings Settings(BlobCredentialKind kind, string url)
            {
                var s = new BlobStorageSettings(connection.ConnId, kind, x.Notes.ToArray()) { AccountUrl = url, Proxy = proxy, VerifyCertificate = verify };
                return s;
            }

            string? tenant = Field(x, "tenant_id");
            if (tenant != null)
            {
                BlobStorageSettings s = Settings(BlobCredentialKind.ClientSecret, accountUrl);
                s.TenantId = tenant;
                s.ClientId = connection.Login;
                s.ClientSecret = connection.Password;
                if (string.IsNullOrEmpty(s.ClientId)) throw x.Error("login", "is empty; with tenant_id WasbHook uses it as the client id");
                if (string.IsNullOrEmpty(s.ClientSecret)) throw x.Error("password", "is empty; with tenant_id WasbHook uses it as the client secret");
                ApplyAuthConfig(x, s, accountUrl);
                return s;
            }

            if (x.TryGet("client_secret_auth_config", out PyValue unusedConfig) && unusedConfig.IsTruthy)
            {
                x.Note("client_secret_auth_config", "applies only with tenant_id; left out");
            }

            if (x.Options.BlobPublicRead) return Settings(BlobCredentialKind.Anonymous, accountUrl);

            string? sharedAccessKey = Field(x, "shared_access_key");
            if (sharedAccessKey != null) return StringCredential(x, Settings, accountUrl, sharedAccessKey, "shared_access_key");

            string? sas = Field(x, "sas_token");
            if (sas != null)
            {
                string url;
                if (sas.StartsWith("https", StringComparison.Ordinal))
                {
                    url = sas;
                }
                else if (!sas.StartsWith("?", StringComparison.Ordinal) && IsSas(sas))
                {
                    // WasbHook appends a token as a path segment, which only works when it starts with '?'. A token
                    // that is plainly a SAS query goes into the query here (a deliberate difference).
                    url = accountUrl.TrimEnd('/') + "/?" + sas;
                }
                else
                {
                    url = accountUrl.TrimEnd('/') + "/" + sas;
                }

                int query = url.IndexOf('?');
                BlobStorageSettings s = Settings(query >= 0 ? BlobCredentialKind.SharedAccessSignature : BlobCredentialKind.Anonymous, url);
                if (query >= 0) s.SharedAccessSignature = url.Substring(query + 1);
                return s;
            }

            string? credential = string.IsNullOrEmpty(connection.Password) ? null : connection.Password;
            string credentialField = "password";
            if (credential is null)
            {
                credential = Field(x, "account_key");
                credentialField = "account_key";
            }

            if (credential != null) return StringCredential(x, Settings, accountUrl, credential, credentialField);

            BlobStorageSettings fallback = Settings(BlobCredentialKind.DefaultAzureCredential, accountUrl);
            string? managedIdentity = Field(x, "managed_identity_client_id");
            string? workloadTenant = Field(x, "workload_identity_tenant_id");
            if (managedIdentity != null && workloadTenant != null)
            {
                fallback.ManagedIdentityClientId = managedIdentity;
                fallback.TenantId = workloadTenant;
                fallback.AdditionallyAllowedTenants = new[] { workloadTenant };
            }
            else if (managedIdentity != null || workloadTenant != null)
            {
                x.Note(managedIdentity != null ? "managed_identity_client_id" : "workload_identity_tenant_id",
                    "is used by WasbHook only together with " + (managedIdentity != null ? "workload_identity_tenant_id" : "managed_identity_client_id") + "; left out");
                fallback = new BlobStorageSettings(connection.ConnId, BlobCredentialKind.DefaultAzureCredential, x.Notes.ToArray()) { AccountUrl = accountUrl, Proxy = proxy, VerifyCertificate = verify };
            }

            return fallback;
        }

        // WasbHook._get_field: the short name if present (falsy → None), else extra__wasb__<name> (falsy → None).
        private static string? Field(HookExtras x, string name)
        {
            string key = name;
            if (!x.TryGet(name, out PyValue value))
            {
                key = "extra__wasb__" + name;
                if (!x.TryGet(key, out value)) return null;
            }

            if (!value.IsTruthy) return null;
            if (value.Kind != PyKind.String) throw x.ExtraError(key, "is a JSON " + value.PythonTypeName + ", not text");
            return value.String;
        }

        private static BlobStorageSettings StringCredential(HookExtras x, Func<BlobCredentialKind, string, BlobStorageSettings> settings, string accountUrl, string credential, string field)
        {
            // azure-storage reads a string credential as a SAS when it parses as a query of SAS keys, else as an account key.
            if (IsSas(credential))
            {
                string token = credential.TrimStart('?');
                BlobStorageSettings sas = settings(BlobCredentialKind.SharedAccessSignature, accountUrl.TrimEnd('/') + "/?" + token);
                sas.SharedAccessSignature = token;
                return sas;
            }

            BlobStorageSettings key = settings(BlobCredentialKind.SharedKey, accountUrl);
            key.AccountKey = credential;
            key.AccountName = AccountName(accountUrl)
                ?? throw x.Error(field == "password" ? "host" : HookExtras.Field(field), "gives an account URL whose account name cannot be told (a shared key needs <account>.blob.core.<suffix>, or an IP address with the account as its first path segment)");
            return key;
        }

        internal static bool IsSas(string text)
        {
            string query = text.TrimStart('?');
            bool any = false;
            foreach (KeyValuePair<string, string> pair in PyUrl.ParseQsl(query))
            {
                if (pair.Value.Length == 0) continue; // parse_qs drops blank values
                if (!SasKeys.Contains(pair.Key)) return false;
                any = true;
            }

            return any;
        }

        /// <summary>The account name azure-storage signs with: the first label of <c>acct.blob.core…</c>, or the first path segment of an IP-address URL.</summary>
        internal static string? AccountName(string accountUrl)
        {
            PySplitResult url = PyUrl.Split(accountUrl);
            string host = url.Hostname ?? string.Empty;
            int blob = host.IndexOf(".blob.core.", StringComparison.OrdinalIgnoreCase);
            if (blob > 0) return host.Substring(0, blob);
            if (IPAddress.TryParse(host, out _) || string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
            {
                string path = url.Path.TrimStart('/');
                int slash = path.IndexOf('/');
                string first = slash >= 0 ? path.Substring(0, slash) : path;
                return first.Length > 0 ? first : null;
            }

            return null;
        }

        /// <summary>Airflow's <c>parse_blob_account_url(host, login)</c>, string for string.</summary>
        internal static string AccountUrl(string? host, string? login)
        {
            string loginText = login ?? "None";
            string url = !string.IsNullOrEmpty(host) ? host! : "https://" + loginText + ".blob.core.windows.net/";
            if (PyUrl.Split(url).Scheme.Length == 0) url = "https://" + url;
            PySplitResult parts = PyUrl.Split(url);
            string netloc = parts.Netloc;
            if (netloc.IndexOf('.') < 0) netloc = loginText + ".blob.core.windows.net/";
            int dot = netloc.IndexOf('.');
            string first = dot >= 0 ? netloc.Substring(0, dot) : netloc;
            if (first.Length > 24) netloc = first.Substring(0, 24) + netloc.Substring(first.Length);
            string path = parts.Path;
            if (netloc.Length > 0 && path.Length > 0 && path[0] != '/') path = "/" + path;
            string result = parts.Scheme + "://" + netloc + path;
            if (parts.Query.Length > 0) result += "?" + parts.Query;
            if (parts.Fragment.Length > 0) result += "#" + parts.Fragment;
            return result;
        }

        private static string? Proxy(HookExtras x, PyValue? proxies, string field, string url)
        {
            if (proxies is null || !proxies.IsTruthy) return null;
            PyValue value = x.DecodeIfString(field, proxies);
            if (value.Kind != PyKind.Dict) throw x.ExtraError(field, "is not an object of proxies by scheme");
            string scheme = PyUrl.Split(url).Scheme.ToLowerInvariant();
            foreach (string key in new[] { scheme, "all" })
            {
                if (value.TryGetItem(key, out PyValue proxy) && proxy.IsTruthy)
                {
                    return proxy.Kind == PyKind.String ? proxy.String : throw x.ExtraError(field, "has a proxy that is not text");
                }
            }

            x.Note(field, "has no proxy for the account URL's scheme; left out");
            return null;
        }

        private static bool Verify(HookExtras x, PyValue? value, string field)
        {
            if (value is null || value.Kind == PyKind.Null) return true;
            if (value.Kind == PyKind.String && !x.Options.StrictBooleans)
            {
                throw x.ExtraError(field, "is text: azure-core would read it as a CA bundle path, which has no equivalent here (store a JSON boolean)");
            }

            return x.Flag(field, value);
        }

        private static void ApplyAuthConfig(HookExtras x, BlobStorageSettings s, string accountUrl)
        {
            if (!x.TryGet("client_secret_auth_config", out PyValue config) || !config.IsTruthy) return;
            PyValue document = x.DecodeIfString("client_secret_auth_config", config);
            if (document.Kind != PyKind.Dict) throw x.ExtraError("client_secret_auth_config", "is not an object of ClientSecretCredential arguments");
            foreach (KeyValuePair<string, PyValue> entry in document.Entries!)
            {
                string field = "client_secret_auth_config." + entry.Key;
                switch (entry.Key)
                {
                    case "authority":
                        if (entry.Value.IsTruthy) s.AuthorityHost = x.Text(field, entry.Value);
                        break;
                    case "proxies":
                        s.CredentialProxy = Proxy(x, entry.Value, field, "https://login.microsoftonline.com/");
                        break;
                    case "connection_verify":
                        s.CredentialVerifyCertificate = Verify(x, entry.Value, field);
                        break;
                    case "additionally_allowed_tenants":
                        if (entry.Value.Kind != PyKind.List) throw x.ExtraError(field, "is not a list of tenant ids");
                        var tenants = new List<string>();
                        foreach (PyValue tenant in entry.Value.Items!) tenants.Add(tenant.Kind == PyKind.String ? tenant.String! : throw x.ExtraError(field, "holds a tenant id that is not text"));
                        s.AdditionallyAllowedTenants = tenants;
                        break;
                    default:
                        throw x.ExtraError(field, "is a ClientSecretCredential argument with no Azure.Identity equivalent here (authority, proxies, connection_verify and additionally_allowed_tenants have one)");
                }
            }
        }
    }
}
