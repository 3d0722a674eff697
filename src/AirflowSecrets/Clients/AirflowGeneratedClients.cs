using System;
using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;

namespace AirflowSecrets.Clients
{
    /// <summary>
    /// The bodies of the <c>Get{Name}SettingsAsync</c> members the source generator writes for
    /// <c>[AirflowConnection(…, Client = …)]</c>, so that each generated member is one call. Not meant to be called
    /// directly: read the connection and use <see cref="AirflowClients.GetSettings(AirflowConnection, AirflowClientKind, AirflowClientOptions)"/>.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class AirflowGeneratedClients
    {
        /// <summary>Reads a connection through the resolver and makes the client's settings from it.</summary>
        /// <typeparam name="TSettings">The client's settings type.</typeparam>
        /// <param name="resolver">The resolver (Key Vault, then <c>AIRFLOW_CONN_*</c>, …).</param>
        /// <param name="connId">The connection id.</param>
        /// <param name="teamName">The team of a team-scoped connection, or <c>null</c>.</param>
        /// <param name="client">The client.</param>
        /// <param name="expectedConnType">The declared conn_type the connection must have (when it has one), or <c>null</c>.</param>
        /// <param name="options">The hook arguments and opt-in deviations, or <c>null</c> for the defaults.</param>
        /// <param name="cancellationToken">Cancels the wait.</param>
        /// <returns>The settings.</returns>
        /// <exception cref="AirflowSecretNotFoundException">No backend holds a usable value for the id.</exception>
        /// <exception cref="AirflowClientSettingsException">The client cannot take the connection; the message names the connection and the field, never a value.</exception>
        public static async ValueTask<TSettings> GetSettingsAsync<TSettings>(
            AirflowSecretResolver resolver, string connId, string? teamName, AirflowClientKind client, string? expectedConnType, AirflowClientOptions? options, CancellationToken cancellationToken)
            where TSettings : AirflowClientSettings
        {
            if (resolver is null) throw new ArgumentNullException(nameof(resolver));
            AirflowConnection connection = await resolver.GetConnectionAsync(connId, teamName, cancellationToken).ConfigureAwait(false);
            return Map<TSettings>(connection, client, expectedConnType, options);
        }

        /// <summary>As <see cref="GetSettingsAsync{TSettings}"/>, or <c>null</c> when no backend holds the connection.</summary>
        /// <typeparam name="TSettings">The client's settings type.</typeparam>
        /// <param name="resolver">The resolver.</param>
        /// <param name="connId">The connection id.</param>
        /// <param name="teamName">The team of a team-scoped connection, or <c>null</c>.</param>
        /// <param name="client">The client.</param>
        /// <param name="expectedConnType">The declared conn_type the connection must have (when it has one), or <c>null</c>.</param>
        /// <param name="options">The hook arguments and opt-in deviations, or <c>null</c> for the defaults.</param>
        /// <param name="cancellationToken">Cancels the wait.</param>
        /// <returns>The settings, or <c>null</c>.</returns>
        /// <exception cref="AirflowClientSettingsException">The client cannot take the connection; the message names the connection and the field, never a value.</exception>
        public static async ValueTask<TSettings?> TryGetSettingsAsync<TSettings>(
            AirflowSecretResolver resolver, string connId, string? teamName, AirflowClientKind client, string? expectedConnType, AirflowClientOptions? options, CancellationToken cancellationToken)
            where TSettings : AirflowClientSettings
        {
            if (resolver is null) throw new ArgumentNullException(nameof(resolver));
            AirflowConnection? connection = await resolver.TryGetConnectionAsync(connId, teamName, cancellationToken).ConfigureAwait(false);
            return connection is null ? null : Map<TSettings>(connection, client, expectedConnType, options);
        }

        private static TSettings Map<TSettings>(AirflowConnection connection, AirflowClientKind client, string? expectedConnType, AirflowClientOptions? options)
            where TSettings : AirflowClientSettings
        {
            // The declaration's conn_type, checked at build time against the client, holds at run time too; a
            // connection without a conn_type is served by every client, as AirflowClients.CanServe says.
            if (!string.IsNullOrEmpty(expectedConnType) && !string.IsNullOrEmpty(connection.ConnType)
                && AirflowClientCatalog.NormalizeConnType(connection.ConnType!) != AirflowClientCatalog.NormalizeConnType(expectedConnType!))
            {
                throw new AirflowClientSettingsException(connection.ConnId, client, "conn_type",
                    "is '" + connection.ConnType + "', not the '" + expectedConnType + "' its declaration expects");
            }

            AirflowClientSettings settings = AirflowClients.GetSettings(connection, client, options);
            return settings as TSettings
                ?? throw new ArgumentException(AirflowClients.DisplayName(client) + " settings are a " + settings.GetType().Name + ", not a " + typeof(TSettings).Name + ".", nameof(client));
        }
    }
}
