using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using AirflowSecrets;
using AirflowSecrets.Configuration;

namespace Microsoft.Extensions.Configuration
{
    /// <summary>
    /// Adds Airflow's variables, connections and config values to configuration: only the declared keys are read,
    /// through the resolver, under <c>Airflow:…</c> and <c>ConnectionStrings:…</c> (see the README's configuration keys).
    /// </summary>
    public static class AirflowSecretsConfigurationExtensions
    {
        /// <summary>
        /// Loads every secret declared by the generated classes in <paramref name="assembly"/>, with the resolver configured
        /// from Airflow's environment exactly as <c>services.AddAirflowSecrets()</c> configures it.
        /// </summary>
        /// <exception cref="AirflowSecretsLoadException">(When the configuration is built.) Required secrets are missing: every one is listed.</exception>
        [RequiresUnreferencedCode("Finds the generated classes by scanning the assembly's types, which trimming may remove; use AddAirflowSecrets<T>() in trimmed and Native AOT applications.")]
        public static IConfigurationBuilder AddAirflowSecrets(this IConfigurationBuilder builder, Assembly assembly) =>
            AddAirflowSecrets(builder, assembly, configure: null);

        /// <summary>As <see cref="AddAirflowSecrets(IConfigurationBuilder, Assembly)"/>, with the provider's options adjusted (reload, clients, settings).</summary>
        [RequiresUnreferencedCode("Finds the generated classes by scanning the assembly's types, which trimming may remove; use AddAirflowSecrets<T>() in trimmed and Native AOT applications.")]
        public static IConfigurationBuilder AddAirflowSecrets(this IConfigurationBuilder builder, Assembly assembly, Action<AirflowSecretsConfigurationOptions>? configure)
        {
            if (assembly is null) throw new ArgumentNullException(nameof(assembly));
            return AddAirflowSecrets(builder, new[] { assembly }, configure);
        }

        /// <summary>Loads every secret declared by the generated classes in several assemblies, read through one resolver.</summary>
        [RequiresUnreferencedCode("Finds the generated classes by scanning the assembly's types, which trimming may remove; use AddAirflowSecrets<T>() in trimmed and Native AOT applications.")]
        public static IConfigurationBuilder AddAirflowSecrets(this IConfigurationBuilder builder, IEnumerable<Assembly> assemblies, Action<AirflowSecretsConfigurationOptions>? configure = null)
        {
            if (assemblies is null) throw new ArgumentNullException(nameof(assemblies));
            var options = new AirflowSecretsConfigurationOptions();
            foreach (Assembly assembly in assemblies) options.AddAssembly(assembly ?? throw new ArgumentException("An assembly is null.", nameof(assemblies)));
            configure?.Invoke(options);
            return Add(builder, options);
        }

        /// <summary>
        /// Loads every secret one generated class declares (its static <c>DeclaredSecrets</c> and <c>OptionalSecrets</c>):
        /// no assembly scan, safe for trimming and Native AOT. Add further classes with
        /// <see cref="AirflowSecretsConfigurationOptions.AddSecrets{TSecrets}"/>.
        /// </summary>
        /// <typeparam name="TSecrets">A <c>partial</c> class with Airflow attributes.</typeparam>
        public static IConfigurationBuilder AddAirflowSecrets<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TSecrets>(
            this IConfigurationBuilder builder, Action<AirflowSecretsConfigurationOptions>? configure = null)
            where TSecrets : class, IDeclaresAirflowSecrets
        {
            var options = new AirflowSecretsConfigurationOptions();
            options.AddSecrets<TSecrets>();
            configure?.Invoke(options);
            return Add(builder, options);
        }

        /// <summary>Loads the keys listed in the options (<see cref="AirflowSecretsConfigurationOptions.Keys"/>, <see cref="AirflowSecretsConfigurationOptions.OptionalKeys"/>, generated classes).</summary>
        public static IConfigurationBuilder AddAirflowSecrets(this IConfigurationBuilder builder, Action<AirflowSecretsConfigurationOptions> configure)
        {
            if (configure is null) throw new ArgumentNullException(nameof(configure));
            var options = new AirflowSecretsConfigurationOptions();
            configure(options);
            return Add(builder, options);
        }

        private static IConfigurationBuilder Add(IConfigurationBuilder builder, AirflowSecretsConfigurationOptions options)
        {
            if (builder is null) throw new ArgumentNullException(nameof(builder));
            options.Validate();
            return builder.Add(new AirflowSecretsConfigurationSource(options));
        }
    }
}
