using System;
using AirflowSecrets.Clients;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AirflowSecrets.Sqlite
{
    /// <summary>Microsoft.Data.Sqlite clients from Airflow connections (conn_type <c>sqlite</c>), opening what SqliteHook opens.</summary>
    public static class AirflowSqliteExtensions
    {
        /// <summary>The connection string builder for the connection (its data source is SqliteHook's SQLite URI).</summary>
        /// <exception cref="AirflowClientSettingsException">The connection cannot be mapped; the message names the field.</exception>
        public static SqliteConnectionStringBuilder ToSqliteConnectionStringBuilder(this AirflowConnection connection, AirflowClientOptions? options = null) =>
            new SqliteConnectionStringBuilder(AirflowClients.GetSettings(connection, AirflowClientKind.Sqlite, options).ToConnectionString());

        /// <summary>A new, closed connection.</summary>
        public static SqliteConnection CreateSqliteConnection(this AirflowConnection connection, AirflowClientOptions? options = null) =>
            new SqliteConnection(connection.ToSqliteConnectionStringBuilder(options).ConnectionString);

        /// <summary>Registers <see cref="SqliteConnection"/> (transient, closed) for the Airflow connection <paramref name="connId"/>, its settings read once.</summary>
        public static IServiceCollection AddAirflowSqliteConnection(this IServiceCollection services, string connId, AirflowClientOptions? options = null)
        {
            if (services is null) throw new ArgumentNullException(nameof(services));
            if (string.IsNullOrEmpty(connId)) throw new ArgumentException("A connection id is required.", nameof(connId));
            services.AddSingleton(provider => new AirflowSqliteConnectionString(AirflowClientServices.GetSettings(provider, connId, AirflowClientKind.Sqlite, options).ToConnectionString()));
            services.AddTransient(provider => new SqliteConnection(provider.GetRequiredService<AirflowSqliteConnectionString>().Value));
            return services;
        }

        private sealed class AirflowSqliteConnectionString
        {
            public AirflowSqliteConnectionString(string value) => Value = value;

            public string Value { get; }
        }
    }
}
