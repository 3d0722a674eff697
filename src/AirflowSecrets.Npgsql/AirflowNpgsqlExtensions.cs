using System;
using AirflowSecrets.Clients;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AirflowSecrets.Npgsql
{
    /// <summary>Npgsql clients from Airflow connections (conn_type <c>postgres</c>), as PostgresHook would connect.</summary>
    public static class AirflowNpgsqlExtensions
    {
        /// <summary>The connection string builder for the connection.</summary>
        /// <exception cref="AirflowClientSettingsException">The connection cannot be mapped; the message names the field.</exception>
        public static NpgsqlConnectionStringBuilder ToNpgsqlConnectionStringBuilder(this AirflowConnection connection, AirflowClientOptions? options = null) =>
            new NpgsqlConnectionStringBuilder(AirflowClients.GetSettings(connection, AirflowClientKind.Npgsql, options).ToConnectionString());

        /// <summary>A data source builder for the connection (add a password provider, type mappings… before building).</summary>
        public static NpgsqlDataSourceBuilder ToNpgsqlDataSourceBuilder(this AirflowConnection connection, AirflowClientOptions? options = null) =>
            new NpgsqlDataSourceBuilder(connection.ToNpgsqlConnectionStringBuilder(options).ConnectionString);

        /// <summary>A data source for the connection.</summary>
        public static NpgsqlDataSource CreateNpgsqlDataSource(this AirflowConnection connection, AirflowClientOptions? options = null) =>
            connection.ToNpgsqlDataSourceBuilder(options).Build();

        /// <summary>
        /// Registers an <see cref="NpgsqlDataSource"/> (singleton) for the Airflow connection <paramref name="connId"/>,
        /// read through the registered <see cref="AirflowSecretResolver"/> when first needed.
        /// </summary>
        public static IServiceCollection AddAirflowNpgsqlDataSource(this IServiceCollection services, string connId, AirflowClientOptions? options = null)
        {
            if (services is null) throw new ArgumentNullException(nameof(services));
            if (string.IsNullOrEmpty(connId)) throw new ArgumentException("A connection id is required.", nameof(connId));
            services.AddSingleton(provider =>
                new NpgsqlDataSourceBuilder(AirflowClientServices.GetSettings(provider, connId, AirflowClientKind.Npgsql, options).ToConnectionString()).Build());
            return services;
        }
    }
}
