namespace AirflowSecrets.Clients
{
    /// <summary>
    /// A connection cannot be handed to the chosen client as its Airflow hook would use it: a conn_type the client
    /// cannot serve, a field or extra with no .NET equivalent that would change behaviour, or a malformed extra.
    /// The message names the connection, the client and the field, never a value.
    /// </summary>
    public sealed class AirflowClientSettingsException : AirflowSecretsException
    {
        /// <summary>Creates the exception.</summary>
        public AirflowClientSettingsException(string? connectionId, AirflowClientKind? client, string field, string problem)
            : base((connectionId is null ? "The connection" : "Connection '" + connectionId + "'")
                + (client.HasValue ? " cannot be used with " + AirflowClients.DisplayName(client.Value) : " has no client here") + ": " + field + " " + problem + ".")
        {
            ConnectionId = connectionId;
            Client = client;
            Field = field;
            Problem = problem;
        }

        /// <summary>The connection id, when known.</summary>
        public string? ConnectionId { get; }

        /// <summary>The client the connection was mapped to; <c>null</c> when its conn_type names none.</summary>
        public AirflowClientKind? Client { get; }

        /// <summary>The field at fault, as the message names it: <c>conn_type</c>, <c>host</c>, <c>extra 'sslcrl'</c>…</summary>
        public string Field { get; }

        /// <summary>What is wrong, in words that never quote the value.</summary>
        public string Problem { get; }
    }
}
