using System;
using AirflowSecrets.Clients;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.DependencyInjection;

namespace AirflowSecrets.SqlClient
{
    /// <summary>Microsoft.Data.SqlClient clients from Airflow connections (conn_type <c>mssql</c>), as MsSqlHook would connect.</summary>
    public static class AirflowSqlClientExtensions
    {
        /// <summary>The connection string builder for the connection.</summary>
        /// <exception cref="AirflowClientSettingsException">The connection cannot be mapped; the message names the field.</exception>
        public static SqlConnectionStringBuilder ToSqlConnectionStringBuilder(this AirflowConnection connection, AirflowClientOptions? options = null) =>
            new SqlConnectionStringBuilder(AirflowClients.GetSettings(connection, AirflowClientKind.SqlClient, options).ToConnectionString());

        /// <summary>A new, closed connection.</summary>
        public static SqlConnection CreateSqlConnection(this AirflowConnection connection, AirflowClientOptions? options = null) =>
            new SqlConnection(connection.ToSqlConnectionStringBuilder(options).ConnectionString);

        /// <summary>
        /// Registers <see cref="SqlConnection"/> (transient: a new, closed connection each time; the pool is shared) for
        /// the Airflow connection <paramref name="connId"/>, its settings read once.
        /// </summary>
        public static IServiceCollection AddAirflowSqlConnection(this IServiceCollection services, string connId, AirflowClientOptions? options = null)
        {
            if (services is null) throw new ArgumentNullException(nameof(services));
            if (string.IsNullOrEmpty(connId)) throw new ArgumentException("A connection id is required.", nameof(connId));
            services.AddSingleton(provider => new AirflowSqlConnectionString(AirflowClientServices.GetSettings(provider, connId, AirflowClientKind.SqlClient, options).ToConnectionString()));
            services.AddTransient(provider => new SqlConnection(provider.GetRequiredService<AirflowSqlConnectionString>().Value));
            return services;
        }

        private sealed class AirflowSqlConnectionString
        {
            public AirflowSqlConnectionString(string value) => Value = value;

            public string Value { get; }
        }
    }
}
