using System;
using Microsoft.Extensions.Logging;

namespace AirflowSecrets
{
    // Every log line of the library. None takes a value: keys, names and reasons only.
    internal static partial class Log
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Variable} is not set: secrets are read from the environment and any configured in-memory values only")]
        public static partial void NoBackend(ILogger logger, string variable);

        [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "{Variable} is not valid JSON ({Problem}); it is ignored and the backend's defaults are used, as Airflow does")]
        public static partial void KwargsNotJson(ILogger logger, string variable, string problem);

        [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "{Variable} is a JSON {PythonType}, not an object; it is ignored and the backend's defaults are used, as Airflow does")]
        public static partial void KwargsNotObject(ILogger logger, string variable, string pythonType);

        [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "{Variable} sets '{Kwarg}', which Airflow passes to Python's SecretClient; the .NET SecretClient has no such setting and it is ignored")]
        public static partial void KwargIgnored(ILogger logger, string variable, string kwarg);

        // Warnings are one line without a stack trace; the exception itself goes to BackendFailedDetail at Debug.
        [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "Unable to retrieve {Kind} '{Key}' from {Backend} ({Reason}). Checking subsequent secrets backends")]
        public static partial void BackendFailed(ILogger logger, AirflowSecretKind kind, string key, string backend, string reason);

        [LoggerMessage(EventId = 15, Level = LogLevel.Debug, Message = "{Backend} failed for {Kind} '{Key}' ({Reason})")]
        public static partial void BackendFailedDetail(ILogger logger, Exception? exception, AirflowSecretKind kind, string key, string backend, string reason);

        [LoggerMessage(EventId = 16, Level = LogLevel.Warning, Message = "Unable to retrieve {Kind} '{Key}' from {Backend} ({Reason}): it is unavailable, and lookups skip it for {Interval} before trying it again. Checking subsequent secrets backends")]
        public static partial void BackendUnavailable(ILogger logger, AirflowSecretKind kind, string key, string backend, string reason, string interval);

        [LoggerMessage(EventId = 17, Level = LogLevel.Debug, Message = "{Kind} '{Key}': {Backend} skipped, unavailable ({Reason})")]
        public static partial void BackendSkipped(ILogger logger, AirflowSecretKind kind, string key, string backend, string reason);

        [LoggerMessage(EventId = 18, Level = LogLevel.Information, Message = "{Backend} answers again; lookups use it as before")]
        public static partial void BackendRecovered(ILogger logger, string backend);

        [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "{Backend} holds connection '{ConnId}', but its value is malformed ({Problem}). Checking subsequent secrets backends")]
        public static partial void MalformedConnection(ILogger logger, string backend, string connId, string problem);

        [LoggerMessage(EventId = 12, Level = LogLevel.Debug, Message = "{Kind} '{Key}' resolved from {Backend}")]
        public static partial void Resolved(ILogger logger, AirflowSecretKind kind, string key, string backend);

        [LoggerMessage(EventId = 13, Level = LogLevel.Warning, Message = "Serving the last known good value of {Kind} '{Key}', expired {ExpiredFor} ago, because {Backend}, which supplied it, failed ({Reason})")]
        public static partial void ServingLastKnownGood(ILogger logger, AirflowSecretKind kind, string key, string backend, string reason, TimeSpan expiredFor);

        [LoggerMessage(EventId = 14, Level = LogLevel.Information, Message = "{Kind} '{Key}' was resolved from {Backend} after an earlier backend failed; it is not cached, so the next read asks the failed backend again")]
        public static partial void NotCachedAfterFailure(ILogger logger, AirflowSecretKind kind, string key, string backend);

        [LoggerMessage(EventId = 19, Level = LogLevel.Debug, Message = "{Kind} '{Key}' was resolved from {Backend} while an earlier backend is unavailable; it is not cached")]
        public static partial void NotCachedDuringOutage(ILogger logger, AirflowSecretKind kind, string key, string backend);

        [LoggerMessage(EventId = 30, Level = LogLevel.Warning, Message = "Reloading the Airflow secrets configuration failed; the last good values stay in use until a reload succeeds (logged once): {Reason}")]
        public static partial void ReloadFailed(ILogger logger, string reason);

        [LoggerMessage(EventId = 31, Level = LogLevel.Information, Message = "Reloading the Airflow secrets configuration succeeds again")]
        public static partial void ReloadRecovered(ILogger logger);

        [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Serving the last known good value of {Kind} '{Key}', expired {ExpiredFor} ago, because {Backend}, which supplied it, is unavailable ({Reason})")]
        public static partial void ServingLastKnownGoodDuringOutage(ILogger logger, AirflowSecretKind kind, string key, string backend, string reason, TimeSpan expiredFor);
    }
}
