using System;
using AirflowSecrets.Clients;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;

namespace AirflowSecrets.MySqlConnector
{
    /// <summary>MySqlConnector clients from Airflow connections (conn_type <c>mysql</c>), as MySqlHook would connect.</summary>
    public static class AirflowMySqlExtensions
    {
        /// <summary>The connection string builder for the connection.</summary>
        /// <exception cref="AirflowClientSettingsException">The connection cannot be mapped; the message names the field.</exception>
        public static MySqlConnectionStringBuilder ToMySqlConnectionStringBuilder(this AirflowConnection connection, AirflowClientOptions? options = null) =>
            new MySqlConnectionStringBuilder(AirflowClients.GetSettings(connection, AirflowClientKind.MySql, options).ToConnectionString());

        /// <summary>A data source for the connection.</summary>
        public static MySqlDataSource CreateMySqlDataSource(this AirflowConnection connection, AirflowClientOptions? options = null) =>
            new MySqlDataSource(connection.ToMySqlConnectionStringBuilder(options).ConnectionString);

        /// <summary>Registers a <see cref="MySqlDataSource"/> (singleton) for the Airflow connection <paramref name="connId"/>.</summary>
        public static IServiceCollection AddAirflowMySqlDataSource(this IServiceCollection services, string connId, AirflowClientOptions? options = null)
        {
            if (services is null) throw new ArgumentNullException(nameof(services));
            if (string.IsNullOrEmpty(connId)) throw new ArgumentException("A connection id is required.", nameof(connId));
            services.AddSingleton(provider => new MySqlDataSource(AirflowClientServices.GetSettings(provider, connId, AirflowClientKind.MySql, options).ToConnectionString()));
            return services;
        }
    }
}
