using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AirflowSecrets;
using AirflowSecrets.Backends;
using AirflowSecrets.Configuration;
using AirflowSecrets.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>Registers the AirflowSecrets health check.</summary>
    public static class AirflowSecretsHealthChecksBuilderExtensions
    {
        /// <summary>The default name of the check.</summary>
        public const string DefaultName = "airflow_secrets";

        /// <summary>
        /// Adds a check of the registered resolver (<c>services.AddAirflowSecrets()</c>) and of every AirflowSecrets
        /// configuration provider: <see cref="HealthStatus.Healthy"/>; <see cref="HealthStatus.Degraded"/> when the vault
        /// fails (throttled, a server error) and values come from the cache, last-known-good or an environment fallback,
        /// or when a configuration reload fails; unhealthy (<paramref name="failureStatus"/>) when the vault cannot be
        /// reached or refuses (401/403), or a required declared secret is missing. Each check sends the vault one request
        /// for a name that holds nothing, and reads the declared secrets through the resolver's cache. The description
        /// names keys and causes, never a value.
        /// </summary>
        public static IHealthChecksBuilder AddAirflowSecrets(
            this IHealthChecksBuilder builder, string name = DefaultName, HealthStatus? failureStatus = null, IEnumerable<string>? tags = null, TimeSpan? timeout = null)
        {
            if (builder is null) throw new ArgumentNullException(nameof(builder));
            if (name is null) throw new ArgumentNullException(nameof(name));
            return builder.Add(new HealthCheckRegistration(name, provider => new AirflowSecretsHealthCheck(provider), failureStatus, tags, timeout));
        }
    }
}

namespace AirflowSecrets.DependencyInjection
{
    internal sealed class AirflowSecretsHealthCheck : IHealthCheck
    {
        // The name the vault probe asks for: a variable no deployment stores, so the answer is a 404 and carries no value.
        internal const string ProbeKey = "airflow_secrets_health_probe";

        private readonly IServiceProvider _services;

        public AirflowSecretsHealthCheck(IServiceProvider services) => _services = services;

        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var unhealthy = new List<string>();
            var degraded = new List<string>();
            var targets = new List<(AirflowSecretResolver Resolver, IReadOnlyList<AirflowSecretKey> Required, IReadOnlyList<AirflowSecretKey> Optional)>();

            if (_services.GetService(typeof(Microsoft.Extensions.DependencyInjection.AirflowSecretsBuilder.Registration)) != null)
            {
                var declarations = ((IEnumerable<IDeclaresAirflowSecrets>?)_services.GetService(typeof(IEnumerable<IDeclaresAirflowSecrets>)) ?? Array.Empty<IDeclaresAirflowSecrets>()).ToList();
                var required = declarations.SelectMany(d => d.DeclaredSecrets.Except(d.OptionalSecrets)).Distinct().ToList();
                var optional = declarations.SelectMany(d => d.OptionalSecrets).Distinct().ToList();
                try
                {
                    targets.Add(((AirflowSecretResolver)_services.GetService(typeof(AirflowSecretResolver))!, required, optional));
                }
                catch (AirflowSecretsConfigurationException ex)
                {
                    unhealthy.Add("the configuration is invalid: " + ex.Message);
                }
            }

            var providers = (_services.GetService(typeof(IConfiguration)) as IConfigurationRoot)?.Providers.OfType<AirflowSecretsConfigurationProvider>().ToList()
                ?? new List<AirflowSecretsConfigurationProvider>();
            foreach (AirflowSecretsConfigurationProvider provider in providers)
            {
                targets.Add((provider.Resolver, provider.RequiredKeys, provider.DeclaredKeys.Except(provider.RequiredKeys).ToList()));
                if (provider.LastReloadFailure != null) degraded.Add("the configuration reload fails, the last good values are served: " + provider.LastReloadFailure);
            }

            if (targets.Count == 0 && unhealthy.Count == 0)
            {
                return new HealthCheckResult(context.Registration.FailureStatus,
                    "AirflowSecrets is not set up: call services.AddAirflowSecrets() or configuration.AddAirflowSecrets(…)");
            }

            var probed = new HashSet<AirflowSecretResolver>();
            foreach (var target in targets)
            {
                if (probed.Add(target.Resolver)) await ProbeBackendsAsync(target.Resolver, unhealthy, degraded, cancellationToken).ConfigureAwait(false);
                try
                {
                    await target.Resolver.LoadAsync(target.Required, target.Optional, cancellationToken).ConfigureAwait(false);
                }
                catch (AirflowSecretsLoadException ex)
                {
                    foreach (AirflowSecretLoadFailure failure in ex.Failures) unhealthy.Add("required " + failure);
                }
            }

            if (unhealthy.Count > 0) return new HealthCheckResult(context.Registration.FailureStatus, Describe(unhealthy.Concat(degraded)));
            if (degraded.Count > 0) return HealthCheckResult.Degraded(Describe(degraded));
            return HealthCheckResult.Healthy(
                "every declared secret is available (" + targets.Sum(t => t.Required.Count + t.Optional.Count) + " keys; backends: "
                + string.Join(", ", targets.SelectMany(t => t.Resolver.Backends).Select(b => b.Name).Distinct()) + ")");
        }

        private static async Task ProbeBackendsAsync(AirflowSecretResolver resolver, List<string> unhealthy, List<string> degraded, CancellationToken cancellationToken)
        {
            IReadOnlyList<AirflowBackendStatus> statuses = resolver.GetBackendStatuses();
            foreach (AirflowBackendStatus status in statuses)
            {
                if (status.Backend is not AzureKeyVaultBackend vault) continue;
                if (!status.IsAvailable)
                {
                    // Lookups skip it already: no probe, the outage is the answer.
                    unhealthy.Add(vault.Name + " " + vault.VaultUri.Host + " cannot be reached (" + status.Failure!.Description + ")");
                    continue;
                }

                AirflowSecretKind? kind = new[] { AirflowSecretKind.Variable, AirflowSecretKind.Connection, AirflowSecretKind.Config }
                    .Select(k => (AirflowSecretKind?)k).FirstOrDefault(k => vault.EffectivePrefix(k!.Value) != null);
                if (kind is null) continue;
                try
                {
                    // Any answer, a value (discarded unseen) or "not found", means the vault is reachable and lets us read.
                    _ = await vault.GetValueAsync(kind.Value, ProbeKey, teamName: null, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    BackendFailure failure = BackendFailure.Describe(ex);
                    string where = vault.Name + " " + vault.VaultUri.Host;
                    if (failure.IsTransport) unhealthy.Add(where + " cannot be reached (" + failure.Description + ")");
                    else if (failure.Kind == BackendFailureKind.Authentication || failure.Status is 401 or 403) unhealthy.Add(where + " refuses access (" + failure.Description + ")");
                    else degraded.Add(where + " fails (" + failure.Description + "): values come from the cache, last-known-good values or later backends");
                }
            }
        }

        private static string Describe(IEnumerable<string> lines) => string.Join("; ", lines);
    }
}
