using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Net;
using System.Net.Http;
using AirflowSecrets.Clients;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Azure.Storage;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;

namespace AirflowSecrets.Azure.Storage.Blobs
{
    /// <summary>
    /// Azure Blob Storage clients from Airflow connections (conn_type <c>wasb</c>), with WasbHook's credential precedence:
    /// <c>connection_string</c>, <c>tenant_id</c> + login + password, (public read), <c>shared_access_key</c>,
    /// <c>sas_token</c>, the password or <c>account_key</c>, then DefaultAzureCredential.
    /// </summary>
    public static class AirflowBlobExtensions
    {
        private static readonly char[] Comma = { ',' };

        /// <summary>A client for the connection.</summary>
        /// <exception cref="AirflowClientSettingsException">The connection cannot be mapped; the message names the field.</exception>
        public static BlobServiceClient CreateBlobServiceClient(this AirflowConnection connection, BlobClientOptions? clientOptions = null, AirflowClientOptions? options = null) =>
            ((BlobStorageSettings)AirflowClients.GetSettings(connection, AirflowClientKind.Blob, options)).CreateBlobServiceClient(clientOptions);

        /// <summary>A client for mapped settings.</summary>
        public static BlobServiceClient CreateBlobServiceClient(this BlobStorageSettings settings, BlobClientOptions? clientOptions = null)
        {
            if (settings is null) throw new ArgumentNullException(nameof(settings));
            clientOptions ??= new BlobClientOptions();
            if (settings.Proxy != null || !settings.VerifyCertificate) clientOptions.Transport = Transport(settings.Proxy, settings.VerifyCertificate);
            switch (settings.Credential)
            {
                case BlobCredentialKind.ConnectionString:
                    return new BlobServiceClient(settings.ConnectionString, clientOptions);
                case BlobCredentialKind.ClientSecret:
                    var secretOptions = new ClientSecretCredentialOptions();
                    if (settings.AuthorityHost != null) secretOptions.AuthorityHost = new Uri(settings.AuthorityHost);
                    foreach (string tenant in settings.AdditionallyAllowedTenants) secretOptions.AdditionallyAllowedTenants.Add(tenant);
                    if (settings.CredentialProxy != null || !settings.CredentialVerifyCertificate) secretOptions.Transport = Transport(settings.CredentialProxy, settings.CredentialVerifyCertificate);
                    return new BlobServiceClient(new Uri(settings.AccountUrl!), new ClientSecretCredential(settings.TenantId, settings.ClientId, settings.ClientSecret, secretOptions), clientOptions);
                case BlobCredentialKind.SharedKey:
                    return new BlobServiceClient(new Uri(settings.AccountUrl!), new StorageSharedKeyCredential(settings.AccountName, settings.AccountKey), clientOptions);
                case BlobCredentialKind.Anonymous:
                case BlobCredentialKind.SharedAccessSignature:
                    return new BlobServiceClient(new Uri(settings.AccountUrl!), clientOptions);
                default:
                    return new BlobServiceClient(new Uri(settings.AccountUrl!), DefaultCredential(settings.ManagedIdentityClientId, settings.TenantId), clientOptions);
            }
        }

        /// <summary>
        /// A client for the text <see cref="BlobStorageSettings.ToConnectionString"/> writes: a storage connection string,
        /// or the same keyword form with <c>Credential=ClientSecret</c> or <c>Credential=DefaultAzureCredential</c>.
        /// </summary>
        public static BlobServiceClient CreateBlobServiceClient(string settingsText, BlobClientOptions? clientOptions = null)
        {
            if (settingsText is null) throw new ArgumentNullException(nameof(settingsText));
            var text = new DbConnectionStringBuilder();
            try
            {
                text.ConnectionString = settingsText;
            }
            catch (ArgumentException)
            {
                throw new FormatException("The blob settings text is not a list of keyword=value pairs.");
            }

            string? Get(string key) => text.TryGetValue(key, out object? value) ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : null;
            string? credential = Get("Credential");
            if (credential is null) return new BlobServiceClient(settingsText, clientOptions);
            Uri endpoint = new Uri(Get("BlobEndpoint") ?? throw new FormatException("The blob settings text has no BlobEndpoint."));
            if (string.Equals(credential, "ClientSecret", StringComparison.OrdinalIgnoreCase))
            {
                var secretOptions = new ClientSecretCredentialOptions();
                foreach (string tenant in (Get("AdditionallyAllowedTenants") ?? string.Empty).Split(Comma, StringSplitOptions.RemoveEmptyEntries)) secretOptions.AdditionallyAllowedTenants.Add(tenant);
                return new BlobServiceClient(endpoint, new ClientSecretCredential(Get("TenantId"), Get("ClientId"), Get("ClientSecret"), secretOptions), clientOptions);
            }

            if (string.Equals(credential, "DefaultAzureCredential", StringComparison.OrdinalIgnoreCase))
            {
                return new BlobServiceClient(endpoint, DefaultCredential(Get("ManagedIdentityClientId"), Get("WorkloadIdentityTenantId")), clientOptions);
            }

            throw new FormatException("The blob settings text names an unknown Credential (ClientSecret or DefaultAzureCredential).");
        }

        /// <summary>Registers a <see cref="BlobServiceClient"/> (singleton) for the Airflow connection <paramref name="connId"/>.</summary>
        public static IServiceCollection AddAirflowBlobServiceClient(this IServiceCollection services, string connId, AirflowClientOptions? options = null)
        {
            if (services is null) throw new ArgumentNullException(nameof(services));
            if (string.IsNullOrEmpty(connId)) throw new ArgumentException("A connection id is required.", nameof(connId));
            services.AddSingleton(provider => ((BlobStorageSettings)AirflowClientServices.GetSettings(provider, connId, AirflowClientKind.Blob, options)).CreateBlobServiceClient());
            return services;
        }

        // Airflow builds DefaultAzureCredential with the managed identity and workload tenant only when both are set.
        private static DefaultAzureCredential DefaultCredential(string? managedIdentityClientId, string? workloadTenantId)
        {
            if (managedIdentityClientId is null || workloadTenantId is null) return new DefaultAzureCredential();
            var options = new DefaultAzureCredentialOptions
            {
                ManagedIdentityClientId = managedIdentityClientId,
                WorkloadIdentityClientId = managedIdentityClientId,
                TenantId = workloadTenantId,
            };
            options.AdditionallyAllowedTenants.Add(workloadTenantId);
            return new DefaultAzureCredential(options);
        }

        private static HttpClientTransport Transport(string? proxy, bool verify)
        {
#pragma warning disable CA2000 // The transport owns the handler for the client's lifetime.
            var handler = new HttpClientHandler();
#pragma warning restore CA2000
            if (proxy != null)
            {
                handler.Proxy = new WebProxy(new Uri(proxy));
                handler.UseProxy = true;
            }

            if (!verify) handler.ServerCertificateCustomValidationCallback = (_, _, _, _) => true; // connection_verify=False, as the connection asks
            return new HttpClientTransport(handler);
        }
    }
}
