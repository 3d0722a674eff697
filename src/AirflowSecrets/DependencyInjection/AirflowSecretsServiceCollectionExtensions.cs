using System;
using AirflowSecrets;
using AirflowSecrets.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>Registers AirflowSecrets with dependency injection.</summary>
    public static class AirflowSecretsServiceCollectionExtensions
    {
        /// <summary>
        /// Registers the resolver configured from the process environment exactly as Airflow reads it
        /// (<c>AIRFLOW__SECRETS__BACKEND[_KWARGS]</c>, <c>AZURE_*</c>…). The settings are read and validated when the
        /// host starts (or on first use without a host); an invalid configuration fails with the setting named.
        /// </summary>
        public static AirflowSecretsBuilder AddAirflowSecrets(this IServiceCollection services) =>
            Add(services, provider => AirflowSecretsEnvironment.FromEnvironment(EnvironmentLogger(provider)));

        /// <summary>Registers the resolver configured from <see cref="IConfiguration"/> (keys <c>AIRFLOW:SECRETS:BACKEND</c>…).</summary>
        public static AirflowSecretsBuilder AddAirflowSecrets(this IServiceCollection services, IConfiguration configuration)
        {
            if (configuration is null) throw new ArgumentNullException(nameof(configuration));
            return Add(services, provider => AirflowSecretsEnvironment.FromConfiguration(configuration, EnvironmentLogger(provider)));
        }

        /// <summary>Registers the resolver configured in code.</summary>
        public static AirflowSecretsBuilder AddAirflowSecrets(this IServiceCollection services, Action<AirflowSecretsOptions> configure)
        {
            if (configure is null) throw new ArgumentNullException(nameof(configure));
            return Add(services, _ =>
            {
                var options = new AirflowSecretsOptions();
                configure(options);
                return options;
            });
        }

        private static AirflowSecretsBuilder Add(IServiceCollection services, Func<IServiceProvider, AirflowSecretsOptions> source)
        {
            if (services is null) throw new ArgumentNullException(nameof(services));
            foreach (ServiceDescriptor descriptor in services)
            {
                if (descriptor.ServiceType == typeof(AirflowSecretsBuilder.Registration))
                {
                    throw new InvalidOperationException("AddAirflowSecrets was called twice; configure the one registration through the builder it returned.");
                }
            }

            var builder = new AirflowSecretsBuilder(services, source);
            services.AddSingleton(builder.State);
            services.AddSingleton(provider => builder.State.CreateOptions(provider));
            services.AddSingleton(provider => AirflowSecretResolver.Create(provider.GetRequiredService<AirflowSecretsOptions>(), provider.GetService<ILoggerFactory>()));

            // First of the hosted services, so that a bad configuration or a missing secret stops the host before any work.
            services.Insert(0, ServiceDescriptor.Singleton<Hosting.IHostedService, AirflowSecretsStartup>());
            return builder;
        }

        private static ILogger? EnvironmentLogger(IServiceProvider provider) =>
            provider.GetService<ILoggerFactory>()?.CreateLogger(typeof(AirflowSecretsEnvironment).FullName!);
    }
}
