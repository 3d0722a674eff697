using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using AirflowSecrets.Internal;
using Azure;
using Azure.Identity;
using Microsoft.Extensions.Logging;

namespace AirflowSecrets.Resolution
{
    /// <summary>
    /// The walk over the backends in Airflow's order for one key: the first backend that holds a usable value wins; a
    /// backend that fails is logged (never with a value) and the next one is tried. A backend found unreachable is
    /// skipped for the outage interval (see <see cref="BackendHealth"/>). Fills and consults the cache's last-known-good.
    /// </summary>
    internal sealed class BackendChain
    {
        private readonly IAirflowSecretsBackend[] _backends;
        private readonly BackendHealth[] _health;
        private readonly SecretCache? _cache;
        private readonly ILogger _logger;
        private readonly Func<long> _clock;
        private readonly TimeSpan _outageInterval;

        public BackendChain(IAirflowSecretsBackend[] backends, SecretCache? cache, TimeSpan outageInterval, ILogger logger, Func<long> clock)
        {
            _backends = backends;
            _cache = cache;
            _logger = logger;
            _clock = clock;
            _outageInterval = outageInterval;
            _health = new BackendHealth[backends.Length];
            long intervalTicks = ResolverClock.ToTicks(outageInterval);
            for (int i = 0; i < backends.Length; i++) _health[i] = new BackendHealth(intervalTicks);
        }

        public IReadOnlyList<IAirflowSecretsBackend> Backends => _backends;

        /// <summary>Each backend's state, in order.</summary>
        public IReadOnlyList<AirflowBackendStatus> Statuses()
        {
            long now = _clock();
            var statuses = new AirflowBackendStatus[_backends.Length];
            for (int i = 0; i < _backends.Length; i++)
            {
                BackendFailure? failure = _health[i].Failure;
                long? until = _health[i].DownUntil;
                statuses[i] = new AirflowBackendStatus(
                    _backends[i], failure, failure is null || until is null ? null : ResolverClock.ToTimeSpan(Math.Max(0, until.Value - now)));
            }

            return statuses;
        }

        /// <summary>One walk over the backends; run once per key at a time (single-flight). Traced as one span.</summary>
        public async Task<Lookup> FetchAsync(AirflowSecretKey id, CancellationToken cancellationToken)
        {
            var trace = new LookupTrace();
            Activity? activity = Instrumentation.StartLookup(id);
            try
            {
                Lookup lookup = await FetchCoreAsync(id, trace, cancellationToken).ConfigureAwait(false);
                trace.Outcome ??= lookup.Value != null ? "found"
                    : lookup.Miss == LookupMiss.Malformed ? "malformed" : lookup.Miss == LookupMiss.NotFound ? "not_found" : "failed";
                return lookup;
            }
            catch (OperationCanceledException)
            {
                trace.Outcome = "cancelled";
                throw;
            }
            finally
            {
                Instrumentation.LookupDone(activity, id.Kind, trace);
            }
        }

        private async Task<Lookup> FetchCoreAsync(AirflowSecretKey id, LookupTrace trace, CancellationToken cancellationToken)
        {
            long now = _clock();
            CacheEntry? stale = null;
            if (_cache != null && _cache.TryGet(id, out CacheEntry? entry))
            {
                // Filled by a lookup that finished while this one was being started.
                if (now < entry!.ExpiresAt)
                {
                    trace.CacheHit = true;
                    return Lookup.Found(entry.Value);
                }

                if (now < entry.StaleUntil) stale = entry;
            }

            var searched = new List<string>(_backends.Length);
            bool failed = false;
            bool skipped = false;
            bool malformed = false;
            for (int index = 0; index < _backends.Length; index++)
            {
                IAirflowSecretsBackend backend = _backends[index];
                BackendHealth health = _health[index];
                string place = backend.DescribeLookup(id.Kind, id.Key, id.TeamName);

                Admission admission;
                BackendFailure? outage;
                long retryAt;
                while ((admission = health.Admit(_clock(), out Task<bool>? probe, out outage, out retryAt)) == Admission.Wait)
                {
                    // Another lookup is probing the backend after an outage: share its answer.
                    await BackendHealth.WaitForProbeAsync(probe!, cancellationToken).ConfigureAwait(false);
                }

                if (admission == Admission.Skip)
                {
                    string reason = outage!.Cause + "; unavailable, asked again in " + BackendFailure.Seconds(ResolverClock.ToTimeSpan(Math.Max(0, retryAt - now)));
                    Log.BackendSkipped(_logger, id.Kind, id.Key, backend.Name, reason);
                    searched.Add(SearchedText.Skipped(place, reason));
                    trace.Backend = backend.Name;
                    trace.Failed(outage);
                    if (stale != null && stale.SourceIndex == index) return ServeStale(id, stale, backend, outage.Cause, now, duringOutage: true, trace);
                    failed = true;
                    skipped = true;
                    continue;
                }

                bool probing = admission == Admission.Probe;
                string? value;
                trace.Backend = backend.Name;
                long started = Instrumentation.Start();
                try
                {
                    value = await backend.GetValueAsync(id.Kind, id.Key, id.TeamName, cancellationToken).ConfigureAwait(false);
                    trace.Attempts++;
                    Instrumentation.BackendRequest(backend.Name, id.Kind, started, value is null ? "not_found" : "found", failure: null);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    if (probing) health.AbandonProbe();
                    throw;
                }
                catch (Exception ex)
                {
                    BackendFailure failure = BackendFailure.Describe(ex);
                    string reason = failure.Description;
                    trace.Attempts += failure.Attempts;
                    trace.Failed(failure);
                    Instrumentation.BackendRequest(backend.Name, id.Kind, started, "failed", failure);
                    Log.BackendFailedDetail(_logger, IsSafeToLog(ex) ? ex : null, id.Kind, id.Key, backend.Name, reason);
                    if (failure.IsTransport)
                    {
                        if (health.ReportUnreachable(failure, _clock(), probing))
                        {
                            if (_outageInterval > TimeSpan.Zero) Log.BackendUnavailable(_logger, id.Kind, id.Key, backend.Name, reason, BackendFailure.Seconds(_outageInterval));
                            else Log.BackendFailed(_logger, id.Kind, id.Key, backend.Name, reason);
                        }
                    }
                    else
                    {
                        // The backend answered, with an error of its own: it is reachable.
                        if (health.ReportReachable(probing)) Log.BackendRecovered(_logger, backend.Name);
                        Log.BackendFailed(_logger, id.Kind, id.Key, backend.Name, reason);
                    }

                    searched.Add(SearchedText.Failed(place, reason));
                    if (stale != null && stale.SourceIndex == index) return ServeStale(id, stale, backend, reason, now, duringOutage: false, trace);
                    failed = true;
                    continue;
                }

                if (health.ReportReachable(probing)) Log.BackendRecovered(_logger, backend.Name);
                object? result = value;
                if (id.Kind == AirflowSecretKind.Connection)
                {
                    // Airflow: "if not value" means not found, so an empty connection value is absent.
                    if (string.IsNullOrEmpty(value))
                    {
                        searched.Add(SearchedText.NotFound(place));
                        continue;
                    }

                    try
                    {
                        result = AirflowConnection.Parse(value!, id.Key);
                    }
                    catch (AirflowConnectionFormatException ex)
                    {
                        Log.MalformedConnection(_logger, backend.Name, id.Key, ex.Problem);
                        searched.Add(SearchedText.Malformed(place, ex.Problem));
                        trace.ErrorType = "malformed";
                        trace.ErrorCause = ex.Problem;
                        if (stale != null && stale.SourceIndex == index) return ServeStale(id, stale, backend, ex.Problem, now, duringOutage: false, trace);
                        malformed = true;
                        continue;
                    }
                }
                else if (value is null)
                {
                    searched.Add(SearchedText.NotFound(place));
                    continue;
                }

                Log.Resolved(_logger, id.Kind, id.Key, backend.Name);
                if (_cache != null)
                {
                    if (!failed && !malformed)
                    {
                        _cache.Store(id, result!, index, now);
                    }
                    else if (failed && !skipped)
                    {
                        // An earlier backend failed: once it recovers it may hold the key, so do not pin this answer.
                        Log.NotCachedAfterFailure(_logger, id.Kind, id.Key, backend.Name);
                    }
                    else if (failed)
                    {
                        // The outage was logged once already: a line per key would only repeat it.
                        Log.NotCachedDuringOutage(_logger, id.Kind, id.Key, backend.Name);
                    }
                    else
                    {
                        // An earlier backend held a malformed value: once it is mended it wins again.
                        Log.NotCachedAfterFailure(_logger, id.Kind, id.Key, backend.Name);
                    }
                }

                return Lookup.Found(result!);
            }

            // Every backend answered and none holds the key: whatever was cached is gone.
            if (_cache != null && !failed && !malformed) _cache.Remove(id);
            return Lookup.Missing(searched, failed ? LookupMiss.Failed : malformed ? LookupMiss.Malformed : LookupMiss.NotFound);
        }

        private Lookup ServeStale(AirflowSecretKey id, CacheEntry stale, IAirflowSecretsBackend backend, string reason, long now, bool duringOutage, LookupTrace trace)
        {
            TimeSpan expiredFor = _cache!.ServeStale(id, stale, now);
            trace.Outcome = "stale";
            trace.CacheHit = true;
            trace.Backend = backend.Name;
            Instrumentation.StaleServed(id.Kind, backend.Name);
            if (duringOutage) Log.ServingLastKnownGoodDuringOutage(_logger, id.Kind, id.Key, backend.Name, reason, expiredFor);
            else Log.ServingLastKnownGood(_logger, id.Kind, id.Key, backend.Name, reason, expiredFor);
            return Lookup.Found(stale.Value);
        }

        // Exceptions whose messages are known not to carry stored values are logged whole (at Debug); others by type only.
        private static bool IsSafeToLog(Exception ex) =>
            ex is RequestFailedException or AuthenticationFailedException or CredentialUnavailableException or AirflowSecretsException
            || (ex is AggregateException aggregate && aggregate.InnerExceptions.All(IsSafeToLog));
    }
}
