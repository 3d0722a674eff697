using System;
using System.Collections.Generic;
using AirflowSecrets.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>Configures the AirflowSecrets registration: extra settings, generated secret classes, start-up checks.</summary>
    public sealed class AirflowSecretsBuilder
    {
        internal AirflowSecretsBuilder(IServiceCollection services, Func<IServiceProvider, AirflowSecrets.AirflowSecretsOptions> source)
            : this(services, new Registration(source))
        {
        }

        internal AirflowSecretsBuilder(IServiceCollection services, Registration registration)
        {
            Services = services;
            State = registration;
        }

        /// <summary>The services being configured.</summary>
        public IServiceCollection Services { get; }

        internal Registration State { get; }

        /// <summary>Adjusts the options after they are read (add a backend, change the cache, set a credential…), before they are validated.</summary>
        public AirflowSecretsBuilder Configure(Action<AirflowSecrets.AirflowSecretsOptions> configure)
        {
            State.Configurations.Add(configure ?? throw new ArgumentNullException(nameof(configure)));
            return this;
        }

        /// <summary>Registers a class generated from the Airflow attributes as a singleton, built over the registered resolver.</summary>
        public AirflowSecretsBuilder AddSecrets<[System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicConstructors)] TSecrets>()
            where TSecrets : class, AirflowSecrets.IDeclaresAirflowSecrets
        {
            if (State.SecretClasses.Add(typeof(TSecrets)))
            {
                Services.TryAddSingleton<TSecrets>();
                Services.AddSingleton<AirflowSecrets.IDeclaresAirflowSecrets>(provider => provider.GetRequiredService<TSecrets>());
            }

            return this;
        }

        /// <summary>
        /// When the host starts, loads every secret the registered classes declare and fails the start with one error
        /// listing each required secret that is missing or unreadable. The values fill the resolver's cache.
        /// </summary>
        public AirflowSecretsBuilder CheckSecretsOnStart()
        {
            State.CheckOnStart = true;
            return this;
        }

        internal sealed class Registration
        {
            private readonly Func<IServiceProvider, AirflowSecrets.AirflowSecretsOptions> _source;

            public Registration(Func<IServiceProvider, AirflowSecrets.AirflowSecretsOptions> source) => _source = source;

            public List<Action<AirflowSecrets.AirflowSecretsOptions>> Configurations { get; } = new();

            public HashSet<Type> SecretClasses { get; } = new();

            public bool CheckOnStart { get; set; }

            public AirflowSecrets.AirflowSecretsOptions CreateOptions(IServiceProvider provider)
            {
                AirflowSecrets.AirflowSecretsOptions options = _source(provider);
                foreach (Action<AirflowSecrets.AirflowSecretsOptions> configure in Configurations) configure(options);
                return options;
            }
        }
    }
}
