using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text.RegularExpressions;
using Azure;
using Azure.Identity;

namespace AirflowSecrets.Backends
{
    /// <summary>What kind of failure a backend had.</summary>
    public enum BackendFailureKind
    {
        /// <summary>Anything not named below.</summary>
        Other,

        /// <summary>Nothing listens at the address (connection refused).</summary>
        ConnectionRefused,

        /// <summary>The host name does not resolve.</summary>
        HostNotFound,

        /// <summary>The TLS handshake failed (an untrusted or mismatched certificate).</summary>
        Tls,

        /// <summary>No answer within the timeout.</summary>
        TimedOut,

        /// <summary>The connection broke before an answer, or the network is unreachable.</summary>
        ConnectionLost,

        /// <summary>The server answered with an error status (403, 429, 5xx…).</summary>
        HttpStatus,

        /// <summary>No token: the credential was refused or is not configured.</summary>
        Authentication,

        /// <summary>The client's settings do not fit the server (for example the challenge resource of a non-Azure vault).</summary>
        Configuration,
    }

    /// <summary>
    /// One line that names why a backend failed: "connection refused", "host not found", "TLS: certificate not trusted
    /// (UntrustedRoot) …", "timed out after 10 s", "HTTP 403 Forbidden", "authentication failed: 401 from the token
    /// endpoint (AADSTS7000215)". Never holds a stored value or a credential.
    /// </summary>
    public sealed class BackendFailure
    {
        private static readonly Regex AadCode = new(@"AADSTS\d+", RegexOptions.CultureInvariant);
        private static readonly Regex ConfiguredTimeout = new(@"configured timeout of (?<span>[0-9:.]+)", RegexOptions.CultureInvariant);
        private static readonly Regex ChallengeResource = new(@"challenge resource '(?<resource>[^']*)'", RegexOptions.CultureInvariant);

        private BackendFailure(BackendFailureKind kind, string cause, bool isTransport, int attempts = 1, int? status = null)
        {
            Kind = kind;
            Cause = cause;
            IsTransport = isTransport;
            Attempts = attempts < 1 ? 1 : attempts;
            Status = status;
        }

        /// <summary>The kind of failure.</summary>
        public BackendFailureKind Kind { get; }

        /// <summary>The cause in words, without the number of attempts.</summary>
        public string Cause { get; }

        /// <summary>The cause, with the number of attempts when the client retried: the one line to log.</summary>
        public string Description => Attempts > 1 ? Cause + " (" + Attempts.ToString(CultureInfo.InvariantCulture) + " attempts)" : Cause;

        /// <summary>
        /// True when the backend could not be reached at all (connection refused, host not found, TLS, timeout, a broken
        /// connection, an unreachable token endpoint): an outage rather than an answer.
        /// </summary>
        public bool IsTransport { get; }

        /// <summary>How many attempts the client made (1 when it did not retry).</summary>
        public int Attempts { get; }

        /// <summary>The HTTP status, for <see cref="BackendFailureKind.HttpStatus"/> and refusals by the token endpoint.</summary>
        public int? Status { get; }

        /// <inheritdoc />
        public override string ToString() => Description;

        /// <summary>A failure with this cause and kind, for backends that describe their own failures.</summary>
        public static BackendFailure Create(BackendFailureKind kind, string cause, bool isTransport) =>
            new(kind, cause ?? throw new ArgumentNullException(nameof(cause)), isTransport);

        /// <summary>Names the cause of an exception a backend (or the Azure SDK) threw.</summary>
        public static BackendFailure Describe(Exception exception) => Describe(exception, new BackendFailureContext());

        /// <summary>Names the cause of an exception, with what the client knows of its own settings (timeout, CA bundle).</summary>
        public static BackendFailure Describe(Exception exception, BackendFailureContext context)
        {
            if (exception is null) throw new ArgumentNullException(nameof(exception));
            if (context is null) throw new ArgumentNullException(nameof(context));
            switch (exception)
            {
                case AirflowSecretsBackendException backend:
                    return backend.Failure;
                case AggregateException aggregate when aggregate.InnerExceptions.Count > 0:
                    // The SDK's retry policy gives up with every attempt's failure: name the last, count them all.
                    BackendFailure last = Describe(aggregate.InnerExceptions[aggregate.InnerExceptions.Count - 1], context);
                    return new BackendFailure(last.Kind, last.Cause, last.IsTransport, aggregate.InnerExceptions.Count, last.Status);
                case AuthenticationFailedException or CredentialUnavailableException:
                    return DescribeAuthentication(exception, context);
                case RequestFailedException request when request.Status > 0:
                    return new BackendFailure(
                        BackendFailureKind.HttpStatus,
                        "HTTP " + request.Status.ToString(CultureInfo.InvariantCulture) + (string.IsNullOrEmpty(request.ErrorCode) ? string.Empty : " " + request.ErrorCode),
                        isTransport: false,
                        status: request.Status);
                case RequestFailedException request when request.InnerException != null:
                    return Describe(request.InnerException, context);
                case RequestFailedException:
                    return new BackendFailure(BackendFailureKind.ConnectionLost, "no response", isTransport: true);
                case InvalidOperationException when exception.Message.IndexOf("challenge resource", StringComparison.OrdinalIgnoreCase) >= 0:
                    Match resource = ChallengeResource.Match(exception.Message);
                    return new BackendFailure(
                        BackendFailureKind.Configuration,
                        "the vault's authentication challenge names the resource '" + (resource.Success ? resource.Groups["resource"].Value : "vault.azure.net")
                        + "', which is not the vault URL's domain: set \"verify_challenge_resource\": false in the backend kwargs for a vault outside *.vault.azure.net",
                        isTransport: false);
                case AirflowSecretsException:
                    return new BackendFailure(BackendFailureKind.Other, exception.Message, isTransport: false);
            }

            BackendFailure? transport = DescribeTransport(exception, context);
            return transport ?? new BackendFailure(BackendFailureKind.Other, exception.GetType().FullName ?? exception.GetType().Name, isTransport: false);
        }

        // Connection, name resolution, TLS and timeouts, wherever they sit in the exception chain.
        private static BackendFailure? DescribeTransport(Exception exception, BackendFailureContext context)
        {
            switch (exception)
            {
                case TimeoutException:
                    return TimedOut(exception, context);
                case OperationCanceledException:
                    // The SDK raises its network timeout as a cancellation the caller did not ask for.
                    return TimedOut(exception, context);
                case AuthenticationException tls:
                    return DescribeTls(tls, context);
                case SocketException socket:
                    return DescribeSocket(socket);
                case HttpRequestException http:
#if NET8_0_OR_GREATER
                    switch (http.HttpRequestError)
                    {
                        case HttpRequestError.NameResolutionError:
                            return new BackendFailure(BackendFailureKind.HostNotFound, "host not found", isTransport: true);
                        case HttpRequestError.SecureConnectionError:
                            return Find<AuthenticationException>(http) is AuthenticationException inner
                                ? DescribeTls(inner, context)
                                : new BackendFailure(BackendFailureKind.Tls, "TLS: the secure connection failed", isTransport: true);
                        case HttpRequestError.ResponseEnded:
                            return new BackendFailure(BackendFailureKind.ConnectionLost, "connection closed before an answer", isTransport: true);
                    }
#endif
                    if (Find<AuthenticationException>(http) is AuthenticationException authentication) return DescribeTls(authentication, context);
                    if (Find<SocketException>(http) is SocketException inSocket) return DescribeSocket(inSocket);
                    if (Find<TimeoutException>(http) != null) return TimedOut(http, context);
                    return new BackendFailure(BackendFailureKind.ConnectionLost, "connection closed before an answer", isTransport: true);
                case IOException io:
                    return Find<SocketException>(io) is SocketException ioSocket
                        ? DescribeSocket(ioSocket)
                        : new BackendFailure(BackendFailureKind.ConnectionLost, "connection closed before an answer", isTransport: true);
                default:
                    return exception.InnerException is null ? null : DescribeTransport(exception.InnerException, context);
            }
        }

        private static BackendFailure DescribeSocket(SocketException socket)
        {
            switch (socket.SocketErrorCode)
            {
                case SocketError.ConnectionRefused:
                    return new BackendFailure(BackendFailureKind.ConnectionRefused, "connection refused", isTransport: true);
                case SocketError.HostNotFound:
                case SocketError.NoData:
                case SocketError.TryAgain:
                    return new BackendFailure(BackendFailureKind.HostNotFound, "host not found", isTransport: true);
                case SocketError.TimedOut:
                    return new BackendFailure(BackendFailureKind.TimedOut, "timed out connecting", isTransport: true);
                case SocketError.ConnectionReset:
                case SocketError.ConnectionAborted:
                case SocketError.Shutdown:
                    return new BackendFailure(BackendFailureKind.ConnectionLost, "connection closed before an answer", isTransport: true);
                case SocketError.NetworkUnreachable:
                case SocketError.HostUnreachable:
                case SocketError.NetworkDown:
                    return new BackendFailure(BackendFailureKind.ConnectionLost, "network unreachable", isTransport: true);
                default:
                    return new BackendFailure(BackendFailureKind.ConnectionLost, "connection failed (" + socket.SocketErrorCode + ")", isTransport: true);
            }
        }

        private static BackendFailure DescribeTls(AuthenticationException tls, BackendFailureContext context)
        {
            string message = tls.Message;
            if (message.IndexOf("NameMismatch", StringComparison.Ordinal) >= 0)
            {
                return new BackendFailure(BackendFailureKind.Tls, "TLS: the certificate is not for this host name (RemoteCertificateNameMismatch)", isTransport: true);
            }

            string reason = message.IndexOf("RemoteCertificateValidationCallback", StringComparison.Ordinal) >= 0 ? "rejected by the client's certificate check"
                : message.IndexOf("UntrustedRoot", StringComparison.Ordinal) >= 0 ? "UntrustedRoot"
                : message.IndexOf("PartialChain", StringComparison.Ordinal) >= 0 ? "PartialChain"
                : message.IndexOf("NotTimeValid", StringComparison.Ordinal) >= 0 ? "expired or not yet valid"
                : "TLS handshake failed";
            string fix = context.CaBundle is null
                ? "; if the vault's certificate comes from a private or development CA (airflow-secrets dev-vault writes one), set \"connection_verify\": \"<path of its CA certificate, PEM>\" in the backend kwargs"
                : "; it is not issued by a certificate in connection_verify '" + context.CaBundle + "'";
            if (context.CaBundle != null && reason == "rejected by the client's certificate check") reason = "not issued by the CA bundle";
            return new BackendFailure(BackendFailureKind.Tls, "TLS: certificate not trusted (" + reason + ")" + fix, isTransport: true);
        }

        private static BackendFailure TimedOut(Exception exception, BackendFailureContext context)
        {
            TimeSpan? timeout = context.NetworkTimeout;
            if (timeout is null)
            {
                for (Exception? e = exception; e != null && timeout is null; e = e.InnerException)
                {
                    Match configured = ConfiguredTimeout.Match(e.Message);
                    if (configured.Success && TimeSpan.TryParse(configured.Groups["span"].Value.TrimEnd('.'), CultureInfo.InvariantCulture, out TimeSpan parsed)) timeout = parsed;
                }
            }

            return new BackendFailure(
                BackendFailureKind.TimedOut,
                timeout is TimeSpan span ? "timed out after " + Seconds(span) : "timed out",
                isTransport: true);
        }

        private static BackendFailure DescribeAuthentication(Exception exception, BackendFailureContext context)
        {
            // An unreachable token endpoint is an outage like an unreachable vault, and is named the same way.
            for (Exception? inner = exception.InnerException; inner != null; inner = inner.InnerException)
            {
                if (inner is AggregateException or RequestFailedException { Status: 0 } or HttpRequestException or SocketException)
                {
                    BackendFailure transport = Describe(inner, new BackendFailureContext { CaBundle = context.CaBundle });
                    if (transport.IsTransport)
                    {
                        return new BackendFailure(transport.Kind, "authentication failed: the token endpoint is unreachable: " + transport.Cause, isTransport: true, transport.Attempts);
                    }
                }
            }

            if (exception is CredentialUnavailableException)
            {
                string credential = CredentialName(exception.Message) ?? "the credential";
                return new BackendFailure(
                    BackendFailureKind.Authentication,
                    "authentication failed: " + credential + " found no credential (set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET, or use a managed identity)",
                    isTransport: false);
            }

            string? code = null;
            int? status = null;
            for (Exception? e = exception; e != null; e = e.InnerException)
            {
                Match match = AadCode.Match(e.Message);
                if (code is null && match.Success) code = match.Value;
                if (status is null && e is Microsoft.Identity.Client.MsalServiceException msal && msal.StatusCode > 0) status = msal.StatusCode;
            }

            string refusal = status is int s ? s.ToString(CultureInfo.InvariantCulture) + " from the token endpoint" : "the token endpoint refused the credential";
            string detail = code is null ? refusal : refusal + " (" + code + ")";
            return new BackendFailure(BackendFailureKind.Authentication, "authentication failed: " + detail, isTransport: false, status: status);
        }

        // "ClientSecretCredential authentication failed: ..." and "DefaultAzureCredential failed to ..." start with the credential's name.
        private static string? CredentialName(string message)
        {
            int space = message.IndexOf(' ');
            string first = space > 0 ? message.Substring(0, space) : message;
            return first.EndsWith("Credential", StringComparison.Ordinal) ? first : null;
        }

        private static T? Find<T>(Exception exception)
            where T : Exception
        {
            for (Exception? e = exception.InnerException; e != null; e = e.InnerException)
            {
                if (e is T found) return found;
            }

            return null;
        }

        internal static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";
    }

    /// <summary>What a client knows of its own settings, to name a failure precisely.</summary>
    public sealed class BackendFailureContext
    {
        /// <summary>The timeout of one attempt, to say "timed out after N s".</summary>
        public TimeSpan? NetworkTimeout { get; set; }

        /// <summary>The CA bundle the client trusts (<c>connection_verify</c>), to name it when a certificate is not trusted.</summary>
        public string? CaBundle { get; set; }
    }
}
