using System;
using AirflowSecrets;
using AirflowSecrets.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>Registers AirflowSecrets with dependency injection.</summary>
    public static class AirflowSecretsServiceCollectionExtensions
    {
        /// <summary>
        /// Registers the resolver configured from the process environment exactly as Airflow reads it
        /// (<c>AIRFLOW__SECRETS__BACKEND[_KWARGS]</c>, <c>AZURE_*</c>…). The settings are <see cref="IOptions{TOptions}"/> of
        /// <see cref="AirflowSecretsOptions"/>, validated when the host starts (or on first use without a host); an invalid
        /// configuration fails with the setting named. Safe to call more than once: the first registration's source of
        /// settings is kept and the builder returned configures that one registration.
        /// </summary>
        public static AirflowSecretsBuilder AddAirflowSecrets(this IServiceCollection services) =>
            Add(services, provider => AirflowSecretsEnvironment.FromEnvironment(EnvironmentLogger(provider)), configure: null);

        /// <summary>Registers the resolver configured from <see cref="IConfiguration"/> (keys <c>AIRFLOW:SECRETS:BACKEND</c>…).</summary>
        public static AirflowSecretsBuilder AddAirflowSecrets(this IServiceCollection services, IConfiguration configuration)
        {
            if (configuration is null) throw new ArgumentNullException(nameof(configuration));
            return Add(services, provider => AirflowSecretsEnvironment.FromConfiguration(configuration, EnvironmentLogger(provider)), configure: null);
        }

        /// <summary>
        /// Registers the resolver configured in code. Called after another registration, <paramref name="configure"/>
        /// adjusts that registration's settings (as <see cref="AirflowSecretsBuilder.Configure"/> does).
        /// </summary>
        public static AirflowSecretsBuilder AddAirflowSecrets(this IServiceCollection services, Action<AirflowSecretsOptions> configure)
        {
            if (configure is null) throw new ArgumentNullException(nameof(configure));
            return Add(services, _ => new AirflowSecretsOptions(), configure);
        }

        private static AirflowSecretsBuilder Add(IServiceCollection services, Func<IServiceProvider, AirflowSecretsOptions> source, Action<AirflowSecretsOptions>? configure)
        {
            if (services is null) throw new ArgumentNullException(nameof(services));
            AirflowSecretsBuilder.Registration? existing = null;
            foreach (ServiceDescriptor descriptor in services)
            {
                if (descriptor.ServiceType == typeof(AirflowSecretsBuilder.Registration) && descriptor.ImplementationInstance is AirflowSecretsBuilder.Registration registration)
                {
                    existing = registration;
                    break;
                }
            }

            // Called again: the same registration (TryAdd), never a second resolver or a second start-up check.
            var builder = existing is null ? new AirflowSecretsBuilder(services, source) : new AirflowSecretsBuilder(services, existing);
            if (configure != null) builder.Configure(configure);
            if (existing != null) return builder;

            services.AddSingleton(builder.State);
            services.AddOptions<AirflowSecretsOptions>().ValidateOnStart();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<AirflowSecretsOptions>, AirflowSecretsOptionsSetup>());
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AirflowSecretsOptions>, AirflowSecretsOptionsValidation>());
            services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<AirflowSecretsOptions>>().Value);
            services.TryAddSingleton(provider => AirflowSecretResolver.Create(provider.GetRequiredService<IOptions<AirflowSecretsOptions>>().Value, provider.GetService<ILoggerFactory>()));

            // The start-up check runs in the host's StartingAsync, before any hosted service's StartAsync, wherever it is registered.
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, AirflowSecretsStartup>());
            return builder;
        }

        internal static ILogger? EnvironmentLogger(IServiceProvider provider) =>
            provider.GetService<ILoggerFactory>()?.CreateLogger(typeof(AirflowSecretsEnvironment).FullName!);
    }
}
