using System;
using Microsoft.Extensions.DependencyInjection;

namespace AirflowSecrets.Clients
{
    /// <summary>What the satellites' dependency-injection registrations share.</summary>
    public static class AirflowClientServices
    {
        /// <summary>
        /// The connection from the container's <see cref="AirflowSecretResolver"/> (register it with
        /// <c>AddAirflowSecrets</c>), read once when the client is first needed, then mapped for <paramref name="client"/>.
        /// </summary>
        public static AirflowClientSettings GetSettings(IServiceProvider services, string connId, AirflowClientKind client, AirflowClientOptions? options = null)
        {
            if (services is null) throw new ArgumentNullException(nameof(services));
            if (connId is null) throw new ArgumentNullException(nameof(connId));
            AirflowSecretResolver resolver = services.GetRequiredService<AirflowSecretResolver>();
            AirflowConnection connection = resolver.GetConnectionAsync(connId).AsTask().GetAwaiter().GetResult();
            return AirflowClients.GetSettings(connection, client, options);
        }
    }
}
