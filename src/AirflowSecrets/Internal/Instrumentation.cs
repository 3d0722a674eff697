using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using AirflowSecrets.Backends;

namespace AirflowSecrets.Internal
{
    /// <summary>
    /// Every span and instrument of the library, behind one class so that each call site is one line and every path
    /// (the resolver, the generated accessors' warm path, the configuration provider) counts the same way. An
    /// <see cref="ActivitySource"/> and a <see cref="Meter"/> named <see cref="Name"/>. Tags carry kinds, keys,
    /// backend names and failure causes; never a value. Nothing is recorded while no listener is attached.
    /// </summary>
    internal static class Instrumentation
    {
        /// <summary>The name of the activity source and the meter: the package's.</summary>
        public const string Name = "AirflowSecrets";

        // Tag names: OpenTelemetry's where one exists (error.type), the library's own namespace otherwise.
        public const string KindTag = "airflow_secrets.secret.kind";
        public const string SecretNameTag = "airflow_secrets.secret.name";
        public const string TeamTag = "airflow_secrets.secret.team";
        public const string BackendTag = "airflow_secrets.backend";
        public const string OutcomeTag = "airflow_secrets.outcome";
        public const string CacheHitTag = "airflow_secrets.cache_hit";
        public const string AttemptsTag = "airflow_secrets.attempts";
        public const string ErrorTypeTag = "error.type";

        /// <summary>The span per backend lookup (one walk over the backends for one key).</summary>
        public const string LookupActivity = "airflow_secrets.lookup";

        private static readonly string? Version = typeof(Instrumentation).Assembly.GetName().Version?.ToString();

        public static readonly ActivitySource Source = new(Name, Version);

        public static readonly Meter Meter = new(Name, Version);

        private static readonly Counter<long> Lookups =
            Meter.CreateCounter<long>("airflow_secrets.lookups", "{lookup}", "Lookups that asked the backends (cache misses), by kind and outcome.");

        private static readonly Counter<long> CacheHits =
            Meter.CreateCounter<long>("airflow_secrets.cache.hits", "{hit}", "Reads answered by a fresh cached value, by kind.");

        private static readonly Counter<long> CacheMisses =
            Meter.CreateCounter<long>("airflow_secrets.cache.misses", "{miss}", "Reads the cache could not answer, by kind.");

        private static readonly Counter<long> StaleServes =
            Meter.CreateCounter<long>("airflow_secrets.cache.stale_serves", "{serve}", "Last-known-good values served because the backend that supplied them failed, by kind and backend.");

        private static readonly Histogram<double> BackendDuration =
            Meter.CreateHistogram<double>("airflow_secrets.backend.duration", "s", "Duration of one backend request (the vault's latency, retries included), by backend, kind and outcome.");

        private static readonly Counter<long> Failures =
            Meter.CreateCounter<long>("airflow_secrets.backend.failures", "{failure}", "Backend requests that failed, by backend and cause (error.type).");

        /// <summary>A read answered by a fresh cached value.</summary>
        public static void CacheHit(AirflowSecretKind kind)
        {
            if (CacheHits.Enabled) CacheHits.Add(1, new KeyValuePair<string, object?>(KindTag, KindName(kind)));
        }

        /// <summary>A read the cache could not answer (it goes to the backends, or joins a lookup in flight).</summary>
        public static void CacheMiss(AirflowSecretKind kind)
        {
            if (CacheMisses.Enabled) CacheMisses.Add(1, new KeyValuePair<string, object?>(KindTag, KindName(kind)));
        }

        /// <summary>Starts the span of one walk over the backends; <c>null</c> while nobody listens.</summary>
        public static Activity? StartLookup(AirflowSecretKey id)
        {
            if (!Source.HasListeners()) return null;
            Activity? activity = Source.StartActivity(LookupActivity, ActivityKind.Internal);
            if (activity is null) return null;
            activity.DisplayName = LookupActivity + " " + KindName(id.Kind);
            activity.SetTag(KindTag, KindName(id.Kind));
            activity.SetTag(SecretNameTag, id.Key);
            if (id.TeamName != null) activity.SetTag(TeamTag, id.TeamName);
            return activity;
        }

        /// <summary>Ends the span of a walk and counts it.</summary>
        public static void LookupDone(Activity? activity, AirflowSecretKind kind, LookupTrace trace)
        {
            string outcome = trace.Outcome ?? "not_found";
            if (Lookups.Enabled)
            {
                Lookups.Add(1, new KeyValuePair<string, object?>(KindTag, KindName(kind)), new KeyValuePair<string, object?>(OutcomeTag, outcome));
            }

            if (activity is null) return;
            activity.SetTag(OutcomeTag, outcome);
            if (trace.Backend != null) activity.SetTag(BackendTag, trace.Backend);
            activity.SetTag(CacheHitTag, trace.CacheHit);
            activity.SetTag(AttemptsTag, trace.Attempts);
            if (trace.ErrorType != null)
            {
                activity.SetTag(ErrorTypeTag, trace.ErrorType);
                // A value still came (last-known-good, a later backend): the span is not an error, only the tag says why.
                if (outcome != "found" && outcome != "stale") activity.SetStatus(ActivityStatusCode.Error, trace.ErrorCause);
            }

            activity.Dispose();
        }

        /// <summary>A timestamp to pass to <see cref="BackendRequest"/>.</summary>
        public static long Start() => Stopwatch.GetTimestamp();

        /// <summary>One request to a backend finished: its duration, and its failure when it failed.</summary>
        public static void BackendRequest(string backend, AirflowSecretKind kind, long started, string outcome, BackendFailure? failure)
        {
            string? errorType = failure is null ? null : ErrorType(failure);
            if (BackendDuration.Enabled)
            {
                double seconds = (Stopwatch.GetTimestamp() - started) / (double)Stopwatch.Frequency;
                var tags = new TagList
                {
                    { BackendTag, backend },
                    { KindTag, KindName(kind) },
                    { OutcomeTag, outcome },
                };
                if (errorType != null) tags.Add(ErrorTypeTag, errorType);
                BackendDuration.Record(seconds, tags);
            }

            if (errorType != null && Failures.Enabled)
            {
                Failures.Add(1, new KeyValuePair<string, object?>(BackendTag, backend), new KeyValuePair<string, object?>(ErrorTypeTag, errorType));
            }
        }

        /// <summary>A last-known-good value was served because its backend failed.</summary>
        public static void StaleServed(AirflowSecretKind kind, string backend)
        {
            if (StaleServes.Enabled)
            {
                StaleServes.Add(1, new KeyValuePair<string, object?>(KindTag, KindName(kind)), new KeyValuePair<string, object?>(BackendTag, backend));
            }
        }

        /// <summary>
        /// The failure's cause as OpenTelemetry's <c>error.type</c>: the HTTP status code for an answer with an error
        /// status (<c>403</c>, <c>429</c>, <c>503</c>), otherwise the kind in snake case (<c>connection_refused</c>,
        /// <c>timed_out</c>, <c>authentication</c>…).
        /// </summary>
        public static string ErrorType(BackendFailure failure)
        {
            if (failure.Kind == BackendFailureKind.HttpStatus && failure.Status is int status) return status.ToString(CultureInfo.InvariantCulture);
            return failure.Kind switch
            {
                BackendFailureKind.ConnectionRefused => "connection_refused",
                BackendFailureKind.HostNotFound => "host_not_found",
                BackendFailureKind.Tls => "tls",
                BackendFailureKind.TimedOut => "timed_out",
                BackendFailureKind.ConnectionLost => "connection_lost",
                BackendFailureKind.HttpStatus => "http_status",
                BackendFailureKind.Authentication => "authentication",
                BackendFailureKind.Configuration => "configuration",
                _ => "_OTHER",
            };
        }

        public static string KindName(AirflowSecretKind kind) => kind switch
        {
            AirflowSecretKind.Variable => "variable",
            AirflowSecretKind.Connection => "connection",
            AirflowSecretKind.Config => "config",
            _ => "unknown",
        };
    }

    /// <summary>What one walk over the backends did, filled in as it goes, for its span and counters.</summary>
    internal sealed class LookupTrace
    {
        /// <summary><c>found</c>, <c>stale</c> (last-known-good), <c>not_found</c>, <c>failed</c>, <c>malformed</c>.</summary>
        public string? Outcome { get; set; }

        /// <summary>The backend that answered (or was asked last).</summary>
        public string? Backend { get; set; }

        /// <summary>Whether the value came from the cache (filled meanwhile by another lookup, or last-known-good).</summary>
        public bool CacheHit { get; set; }

        /// <summary>Requests made to backends, the client's retries included.</summary>
        public int Attempts { get; set; }

        /// <summary>The last failure's <c>error.type</c>.</summary>
        public string? ErrorType { get; set; }

        /// <summary>The last failure's cause in words (never a value).</summary>
        public string? ErrorCause { get; set; }

        public void Failed(BackendFailure failure)
        {
            ErrorType = Instrumentation.ErrorType(failure);
            ErrorCause = failure.Description;
        }
    }
}
