using System;
using System.Collections.Generic;
using System.Text;

namespace AirflowSecrets.Clients
{
    /// <summary>Which credential WasbHook's precedence picked.</summary>
    public enum BlobCredentialKind
    {
        /// <summary>Extra <c>connection_string</c>: the storage connection string, every other field ignored.</summary>
        ConnectionString,

        /// <summary>Extra <c>tenant_id</c>: a client-secret credential (tenant, login as client id, password as secret).</summary>
        ClientSecret,

        /// <summary>The hook's <c>public_read</c>: no credential.</summary>
        Anonymous,

        /// <summary>A shared account key (<c>shared_access_key</c>, the password or <c>account_key</c> that is not a SAS).</summary>
        SharedKey,

        /// <summary>A shared access signature, in the account URL's query (<c>sas_token</c>, or a string credential that is one).</summary>
        SharedAccessSignature,

        /// <summary>Nothing else given: <c>DefaultAzureCredential</c>, with the managed/workload identity ids when both are set.</summary>
        DefaultAzureCredential,
    }

    /// <summary>
    /// WasbHook.get_conn in Azure.Storage.Blobs terms: the account URL (computed as Airflow's
    /// <c>parse_blob_account_url</c> does) and the credential its precedence picks. The satellite
    /// <c>AirflowSecrets.Azure.Storage.Blobs</c> turns these into a <c>BlobServiceClient</c>.
    /// </summary>
    public sealed class BlobStorageSettings : AirflowClientSettings
    {
        internal BlobStorageSettings(string? connectionId, BlobCredentialKind credential, IReadOnlyList<string> notes)
            : base(connectionId, AirflowClientKind.Blob, notes)
        {
            Credential = credential;
        }

        /// <summary>The credential WasbHook's precedence picked.</summary>
        public BlobCredentialKind Credential { get; }

        /// <summary>The account URL, with a SAS in its query for <see cref="BlobCredentialKind.SharedAccessSignature"/>; <c>null</c> for a connection string.</summary>
        public string? AccountUrl { get; internal set; }

        /// <summary>The storage connection string (<see cref="BlobCredentialKind.ConnectionString"/>).</summary>
        public string? ConnectionString { get; internal set; }

        /// <summary>The account name a shared key signs for.</summary>
        public string? AccountName { get; internal set; }

        /// <summary>The shared key (<see cref="BlobCredentialKind.SharedKey"/>).</summary>
        public string? AccountKey { get; internal set; }

        /// <summary>The SAS, without its <c>?</c> (<see cref="BlobCredentialKind.SharedAccessSignature"/>).</summary>
        public string? SharedAccessSignature { get; internal set; }

        /// <summary>The tenant of the client-secret credential, or the workload identity tenant.</summary>
        public string? TenantId { get; internal set; }

        /// <summary>The client id of the client-secret credential (the login).</summary>
        public string? ClientId { get; internal set; }

        /// <summary>The client secret (the password).</summary>
        public string? ClientSecret { get; internal set; }

        /// <summary><c>client_secret_auth_config.authority</c>: the authority host of the client-secret credential.</summary>
        public string? AuthorityHost { get; internal set; }

        /// <summary>Tenants the credential may also get tokens for.</summary>
        public IReadOnlyList<string> AdditionallyAllowedTenants { get; internal set; } = Array.Empty<string>();

        /// <summary><c>managed_identity_client_id</c>, used only with <c>workload_identity_tenant_id</c> (as Airflow does).</summary>
        public string? ManagedIdentityClientId { get; internal set; }

        /// <summary>The proxy for the account URL's scheme, from the <c>proxies</c> extra.</summary>
        public string? Proxy { get; internal set; }

        /// <summary>The proxy of the client-secret credential (<c>client_secret_auth_config.proxies</c>).</summary>
        public string? CredentialProxy { get; internal set; }

        /// <summary><c>connection_verify</c>: <c>false</c> accepts any server certificate.</summary>
        public bool VerifyCertificate { get; internal set; } = true;

        /// <summary><c>client_secret_auth_config.connection_verify</c> for the token endpoint.</summary>
        public bool CredentialVerifyCertificate { get; internal set; } = true;

        /// <summary>
        /// A storage connection string for a connection string, a shared key, a SAS or anonymous access
        /// (<c>new BlobServiceClient(text)</c> takes those). For the token credentials, the same keyword form with
        /// <c>Credential=ClientSecret|DefaultAzureCredential</c> and its ids, which the satellite reads back.
        /// </summary>
        public override string ToConnectionString() => Render(masked: false);

        /// <inheritdoc/>
        public override string ToMaskedConnectionString() => Render(masked: true);

        private string Render(bool masked)
        {
            if (Proxy != null || CredentialProxy != null) throw NotInText("extra 'proxies'", "a proxy");
            if (!VerifyCertificate || !CredentialVerifyCertificate) throw NotInText("extra 'connection_verify'", "turning certificate checks off");
            if (AuthorityHost != null) throw NotInText("extra 'client_secret_auth_config'", "an authority host");
            if (Credential == BlobCredentialKind.ConnectionString) return masked ? MaskConnectionString(ConnectionString!) : ConnectionString!;
            var text = new StringBuilder();
            // Azure's parser splits on ';' and the first '=' and knows no quoting: values are written as they are.
            void Add(string name, string? value, bool secret = false)
            {
                if (value is null) return;
                string written = masked && secret ? Mask : value;
                if (written.IndexOf(';') >= 0) throw NotInText(FieldOf(name), "a value with ';'");
                text.Append(name).Append('=').Append(written).Append(';');
            }

            switch (Credential)
            {
                case BlobCredentialKind.SharedKey:
                    Add("DefaultEndpointsProtocol", AccountUrl!.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "http" : "https");
                    Add("AccountName", AccountName);
                    Add("AccountKey", AccountKey, secret: true);
                    Add("BlobEndpoint", AccountUrl);
                    break;
                case BlobCredentialKind.SharedAccessSignature:
                    int query = AccountUrl!.IndexOf('?');
                    Add("BlobEndpoint", query >= 0 ? AccountUrl.Substring(0, query) : AccountUrl);
                    Add("SharedAccessSignature", SharedAccessSignature, secret: true);
                    break;
                case BlobCredentialKind.Anonymous:
                    Add("BlobEndpoint", AccountUrl);
                    break;
                case BlobCredentialKind.ClientSecret:
                    Add("BlobEndpoint", AccountUrl);
                    Add("Credential", "ClientSecret");
                    Add("TenantId", TenantId);
                    Add("ClientId", ClientId);
                    Add("ClientSecret", ClientSecret, secret: true);
                    if (AdditionallyAllowedTenants.Count > 0) Add("AdditionallyAllowedTenants", string.Join(",", AdditionallyAllowedTenants));
                    break;
                default:
                    Add("BlobEndpoint", AccountUrl);
                    Add("Credential", "DefaultAzureCredential");
                    Add("ManagedIdentityClientId", ManagedIdentityClientId);
                    Add("WorkloadIdentityTenantId", TenantId);
                    break;
            }

            return text.ToString();
        }

        private static string FieldOf(string keyword) => keyword switch
        {
            "AccountKey" or "ClientSecret" => "password",
            "ClientId" or "AccountName" => "login",
            "BlobEndpoint" => "host",
            _ => "extra",
        };

        // Azure's format: ';'-separated, the first '=' ends the key, no quoting.
        private static string MaskConnectionString(string connectionString)
        {
            string[] parts = connectionString.Split(';');
            for (int i = 0; i < parts.Length; i++)
            {
                int eq = parts[i].IndexOf('=');
                string key = eq >= 0 ? parts[i].Substring(0, eq).Trim() : string.Empty;
                if (key.Equals("AccountKey", StringComparison.OrdinalIgnoreCase) || key.Equals("SharedAccessSignature", StringComparison.OrdinalIgnoreCase))
                {
                    parts[i] = parts[i].Substring(0, eq + 1) + Mask;
                }
            }

            return string.Join(";", parts);
        }

        private AirflowClientSettingsException NotInText(string field, string what) =>
            new AirflowClientSettingsException(ConnectionId, Client, field, "asks for " + what + ", which a storage connection string cannot carry; use AirflowSecrets.Azure.Storage.Blobs' CreateBlobServiceClient");
    }
}
