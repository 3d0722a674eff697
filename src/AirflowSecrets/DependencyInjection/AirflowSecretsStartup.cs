using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AirflowSecrets.DependencyInjection
{
    // Runs first when the host starts: builds the resolver (so an invalid configuration stops the host with the setting
    // named) and, when asked, loads every declared secret so that missing ones are reported together, up front.
    internal sealed class AirflowSecretsStartup : IHostedService
    {
        private readonly AirflowSecretResolver _resolver;
        private readonly AirflowSecretsBuilder.Registration _registration;
        private readonly IEnumerable<IDeclaresAirflowSecrets> _declarations;

        public AirflowSecretsStartup(AirflowSecretResolver resolver, AirflowSecretsBuilder.Registration registration, IEnumerable<IDeclaresAirflowSecrets> declarations)
        {
            _resolver = resolver;
            _registration = registration;
            _declarations = declarations;
        }

        public async Task StartAsync(CancellationToken cancellationToken)
        {
            if (!_registration.CheckOnStart) return;
            List<IDeclaresAirflowSecrets> declarations = _declarations.ToList();
            // A key one class requires is required, even if another declares it optional.
            var required = declarations.SelectMany(d => d.DeclaredSecrets.Except(d.OptionalSecrets)).Distinct().ToList();
            var optional = declarations.SelectMany(d => d.OptionalSecrets).Distinct().ToList();
            await _resolver.LoadAsync(required, optional, cancellationToken).ConfigureAwait(false);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
