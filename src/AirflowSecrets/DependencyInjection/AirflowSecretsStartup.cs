using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AirflowSecrets.DependencyInjection
{
    // A host lifecycle service: in StartingAsync, which the host runs before any hosted service's StartAsync, it builds the
    // resolver (so an invalid configuration stops the host with the setting named) and, when asked, loads every declared
    // secret so that missing ones are reported together, up front.
    internal sealed class AirflowSecretsStartup : IHostedLifecycleService
    {
        private readonly IServiceProvider _services;
        private readonly AirflowSecretsBuilder.Registration _registration;

        public AirflowSecretsStartup(IServiceProvider services, AirflowSecretsBuilder.Registration registration)
        {
            _services = services;
            _registration = registration;
        }

        public async Task StartingAsync(CancellationToken cancellationToken)
        {
            var resolver = _services.GetRequiredService<AirflowSecretResolver>();
            if (!_registration.CheckOnStart) return;
            List<IDeclaresAirflowSecrets> declarations = _services.GetServices<IDeclaresAirflowSecrets>().ToList();
            // A key one class requires is required, even if another declares it optional.
            var required = declarations.SelectMany(d => d.DeclaredSecrets.Except(d.OptionalSecrets)).Distinct().ToList();
            var optional = declarations.SelectMany(d => d.OptionalSecrets).Distinct().ToList();
            await resolver.LoadAsync(required, optional, cancellationToken).ConfigureAwait(false);
        }

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    // Fills the options the options system creates from the registration's source (environment, configuration or code)
    // and its Configure actions; services.Configure<AirflowSecretsOptions>(…) registered later still runs after it.
    internal sealed class AirflowSecretsOptionsSetup : IConfigureOptions<AirflowSecretsOptions>
    {
        private readonly IServiceProvider _services;
        private readonly AirflowSecretsBuilder.Registration _registration;

        public AirflowSecretsOptionsSetup(IServiceProvider services, AirflowSecretsBuilder.Registration registration)
        {
            _services = services;
            _registration = registration;
        }

        public void Configure(AirflowSecretsOptions options) => options.CopyFrom(_registration.CreateOptions(_services));
    }

    // The options' own checks. An invalid setting fails with AirflowSecretsConfigurationException, which names the setting
    // (the one exception type the library's configuration errors have), at start (ValidateOnStart) or on first use.
    internal sealed class AirflowSecretsOptionsValidation : IValidateOptions<AirflowSecretsOptions>
    {
        public ValidateOptionsResult Validate(string? name, AirflowSecretsOptions options)
        {
            options.Validate();
            return ValidateOptionsResult.Success;
        }
    }
}
