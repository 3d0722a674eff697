using System;
using System.Threading;

namespace AirflowSecrets.Testing
{
    /// <summary>What an injected fault does to a request.</summary>
    public enum LoopbackFaultKind
    {
        /// <summary>Answer with an error status and Key Vault's error body.</summary>
        Status,

        /// <summary>Close the connection without answering.</summary>
        DropConnection,
    }

    /// <summary>A fault the loopback vault can inject into its secrets endpoints.</summary>
    public sealed class LoopbackFault
    {
        private LoopbackFault(LoopbackFaultKind kind, int status, string errorCode, TimeSpan? retryAfter)
        {
            Kind = kind;
            StatusCode = status;
            ErrorCode = errorCode;
            RetryAfter = retryAfter;
        }

        /// <summary>What the fault does.</summary>
        public LoopbackFaultKind Kind { get; }

        /// <summary>The status answered (0 for a dropped connection).</summary>
        public int StatusCode { get; }

        /// <summary>The error code in the body.</summary>
        public string ErrorCode { get; }

        /// <summary>The <c>Retry-After</c> header sent, in whole seconds rounded up, when set.</summary>
        public TimeSpan? RetryAfter { get; }

        /// <summary>Throttling: 429 <c>Throttled</c> with a <c>Retry-After</c> header, as Key Vault answers over its service limit.</summary>
        public static LoopbackFault TooManyRequests(TimeSpan retryAfter) =>
            new(LoopbackFaultKind.Status, 429, "Throttled", retryAfter < TimeSpan.Zero ? TimeSpan.Zero : retryAfter);

        /// <summary>A server error (500, 502, 503, 504…).</summary>
        public static LoopbackFault ServerError(int statusCode = 503)
        {
            if (statusCode < 500 || statusCode > 599) throw new ArgumentOutOfRangeException(nameof(statusCode), "A server error is a 5xx status.");
            return new(LoopbackFaultKind.Status, statusCode, statusCode == 503 ? "ServiceUnavailable" : "InternalServerError", null);
        }

        /// <summary>Any error status with a Key Vault error code.</summary>
        public static LoopbackFault Status(int statusCode, string errorCode)
        {
            if (statusCode < 400 || statusCode > 599) throw new ArgumentOutOfRangeException(nameof(statusCode), "A fault is a 4xx or 5xx status.");
            return new(LoopbackFaultKind.Status, statusCode, errorCode ?? throw new ArgumentNullException(nameof(errorCode)), null);
        }

        /// <summary>The connection is closed with no answer: the client sees a transport error.</summary>
        public static LoopbackFault DropConnection() => new(LoopbackFaultKind.DropConnection, 0, string.Empty, null);

        /// <inheritdoc />
        public override string ToString() => Kind == LoopbackFaultKind.DropConnection ? "dropped connection" : StatusCode + " " + ErrorCode;
    }

    /// <summary>An injected fault: which requests it hits, how many more times, and how often it has.</summary>
    public sealed class LoopbackFaultRule
    {
        private readonly LoopbackKeyVault _owner;
        private int _remaining;
        private int _hits;

        internal LoopbackFaultRule(LoopbackKeyVault owner, LoopbackFault fault, string? secretName, int? times)
        {
            _owner = owner;
            Fault = fault;
            SecretName = secretName;
            _remaining = times ?? -1;
        }

        /// <summary>The fault.</summary>
        public LoopbackFault Fault { get; }

        /// <summary>The secret it applies to (case-insensitive); <c>null</c> for every secrets request.</summary>
        public string? SecretName { get; }

        /// <summary>How many requests it has hit.</summary>
        public int Hits => Volatile.Read(ref _hits);

        /// <summary>Stops injecting this fault.</summary>
        public void Remove() => _owner.RemoveFault(this);

        internal bool TryTake(string? secretName)
        {
            if (SecretName != null && !string.Equals(SecretName, secretName, StringComparison.OrdinalIgnoreCase)) return false;
            while (true)
            {
                int remaining = Volatile.Read(ref _remaining);
                if (remaining == 0) return false;
                if (remaining < 0 || Interlocked.CompareExchange(ref _remaining, remaining - 1, remaining) == remaining)
                {
                    Interlocked.Increment(ref _hits);
                    return true;
                }
            }
        }
    }

    /// <summary>One request the loopback vault received. Holds no secret values and no tokens.</summary>
    public sealed class LoopbackRequest
    {
        internal LoopbackRequest(long sequence, string method, string path, string operation, string? secretName, string? version, bool authenticated, int statusCode, string? fault)
        {
            Sequence = sequence;
            Method = method;
            Path = path;
            Operation = operation;
            SecretName = secretName;
            Version = version;
            Authenticated = authenticated;
            StatusCode = statusCode;
            Fault = fault;
        }

        /// <summary>Order of arrival, from 1.</summary>
        public long Sequence { get; }

        /// <summary>The HTTP method.</summary>
        public string Method { get; }

        /// <summary>The path, without the query.</summary>
        public string Path { get; }

        /// <summary>
        /// What was asked: <c>get</c>, <c>set</c>, <c>list</c>, <c>list-versions</c>, <c>delete</c>, <c>get-deleted</c>,
        /// <c>purge</c>, <c>token</c>, or <c>unknown</c>.
        /// </summary>
        public string Operation { get; }

        /// <summary>The secret named in the path, as sent.</summary>
        public string? SecretName { get; }

        /// <summary>The version named in the path, when one was.</summary>
        public string? Version { get; }

        /// <summary>Whether the request carried a token this vault issued.</summary>
        public bool Authenticated { get; }

        /// <summary>The status answered; 0 for a dropped connection.</summary>
        public int StatusCode { get; }

        /// <summary>The injected fault that answered, if one did.</summary>
        public string? Fault { get; }

        /// <inheritdoc />
        public override string ToString() => Sequence + " " + Method + " " + Path + " -> " + StatusCode + (Fault is null ? string.Empty : " (" + Fault + ")");
    }
}
