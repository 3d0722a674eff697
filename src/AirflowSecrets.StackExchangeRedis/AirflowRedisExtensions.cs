using System;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using AirflowSecrets.Clients;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace AirflowSecrets.StackExchangeRedis
{
    /// <summary>StackExchange.Redis clients from Airflow connections (conn_type <c>redis</c>), as RedisHook would connect.</summary>
    public static class AirflowRedisExtensions
    {
        /// <summary>The configuration for the connection: endpoints, user, password, database and TLS with its checks.</summary>
        /// <exception cref="AirflowClientSettingsException">The connection cannot be mapped; the message names the field.</exception>
        public static ConfigurationOptions ToRedisConfigurationOptions(this AirflowConnection connection, AirflowClientOptions? options = null) =>
            ((RedisSettings)AirflowClients.GetSettings(connection, AirflowClientKind.Redis, options)).ToConfigurationOptions();

        /// <summary>The configuration for mapped settings.</summary>
        public static ConfigurationOptions ToConfigurationOptions(this RedisSettings settings)
        {
            if (settings is null) throw new ArgumentNullException(nameof(settings));
            var configuration = new ConfigurationOptions
            {
                User = settings.User,
                Password = settings.Password,
                Ssl = settings.Ssl,
            };
            if (settings.Database.HasValue) configuration.DefaultDatabase = settings.Database.Value;
            foreach (System.Net.DnsEndPoint endPoint in settings.EndPoints) configuration.EndPoints.Add(endPoint.Host, endPoint.Port);
            if (!settings.Ssl) return configuration;

            if (settings.CaCertificatePath != null || settings.CertificateCheck != RedisCertificateCheck.ChainAndHostName)
            {
                X509Certificate2Collection? roots = settings.CaCertificatePath is null ? null : AirflowCertificates.LoadPemBundle(settings.CaCertificatePath);
                RedisCertificateCheck check = settings.CertificateCheck;
                configuration.CertificateValidation += (_, certificate, _, errors) =>
                    check == RedisCertificateCheck.None || AirflowCertificates.Validate(certificate, errors, roots, check == RedisCertificateCheck.ChainAndHostName);
            }

            if (settings.ClientCertificatePath != null)
            {
                X509Certificate2 client = AirflowCertificates.LoadPemCertificate(settings.ClientCertificatePath, settings.ClientKeyPath);
                configuration.CertificateSelection += (_, _, _, _, _) => client;
            }

            return configuration;
        }

        /// <summary>Connects to the connection's Redis.</summary>
        public static Task<ConnectionMultiplexer> ConnectRedisAsync(this AirflowConnection connection, AirflowClientOptions? options = null) =>
            ConnectionMultiplexer.ConnectAsync(connection.ToRedisConfigurationOptions(options));

        /// <summary>Registers an <see cref="IConnectionMultiplexer"/> (singleton, connected when first needed) for the Airflow connection <paramref name="connId"/>.</summary>
        public static IServiceCollection AddAirflowRedis(this IServiceCollection services, string connId, AirflowClientOptions? options = null)
        {
            if (services is null) throw new ArgumentNullException(nameof(services));
            if (string.IsNullOrEmpty(connId)) throw new ArgumentException("A connection id is required.", nameof(connId));
            services.AddSingleton<IConnectionMultiplexer>(provider =>
                ConnectionMultiplexer.Connect(((RedisSettings)AirflowClientServices.GetSettings(provider, connId, AirflowClientKind.Redis, options)).ToConfigurationOptions()));
            return services;
        }
    }
}
