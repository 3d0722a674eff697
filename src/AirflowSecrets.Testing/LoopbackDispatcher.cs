using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace AirflowSecrets.Testing
{
    /// <summary>
    /// Routes each request: the token endpoint, then the 401 challenge for requests without a token (before any body is
    /// read, as Key Vault does), then latency, injected faults and name checks, then the secrets operations. Keeps the
    /// request log (no values, no tokens) and the concurrency peak.
    /// </summary>
    internal sealed class LoopbackDispatcher
    {
        private readonly ConcurrentQueue<LoopbackRequest> _requests = new();
        private readonly object _faultGate = new();
        private readonly LoopbackWire _wire;
        private List<LoopbackFaultRule> _faults = new();
        private long _sequence;
        private int _inFlight;
        private int _peakInFlight;
        private long _latencyTicks;

        public LoopbackDispatcher(LoopbackKeyVaultOptions options, KeyVaultSecretStore store, string clientSecret)
        {
            _wire = new LoopbackWire(Record);
            Tokens = new LoopbackTokenEndpoint(options.TenantId, options.ClientId, clientSecret, _wire);
            Secrets = new LoopbackSecretsApi(store, _wire, options.PageSize);
        }

        public LoopbackTokenEndpoint Tokens { get; }

        public LoopbackSecretsApi Secrets { get; }

        public string Origin
        {
            get => _wire.Origin;
            set => _wire.Origin = value;
        }

        public TimeSpan Latency
        {
            get => TimeSpan.FromTicks(Interlocked.Read(ref _latencyTicks));
            set => Interlocked.Exchange(ref _latencyTicks, value < TimeSpan.Zero ? 0 : value.Ticks);
        }

        public IReadOnlyList<LoopbackRequest> Requests => _requests.ToArray();

        public int PeakConcurrentRequests => Volatile.Read(ref _peakInFlight);

        public void AddFault(LoopbackFaultRule rule)
        {
            lock (_faultGate) _faults = new List<LoopbackFaultRule>(_faults) { rule };
        }

        public void RemoveFault(LoopbackFaultRule rule)
        {
            lock (_faultGate) _faults = _faults.Where(r => r != rule).ToList();
        }

        public void ClearFaults()
        {
            lock (_faultGate) _faults = new List<LoopbackFaultRule>();
        }

        public void ClearRequests()
        {
            while (_requests.TryDequeue(out _))
            {
            }

            Volatile.Write(ref _peakInFlight, 0);
        }

        public async Task HandleAsync(HttpContext context)
        {
            var request = new LoopbackRequestInfo(context);
            if (request.Operation == "token")
            {
                await Tokens.HandleAsync(context, request).ConfigureAwait(false);
                return;
            }

            if (request.Operation == "unknown")
            {
                await _wire.WriteErrorAsync(context, request, 404, "NotFound", "This test vault does not serve " + request.Method + " " + request.Path + ".").ConfigureAwait(false);
                return;
            }

            // Authentication comes first, before any body is read: the SDK's first request carries neither.
            if (!Tokens.IsAuthenticated(context))
            {
                await Tokens.ChallengeAsync(context, request).ConfigureAwait(false);
                return;
            }

            request.Authenticated = true;
            int inFlight = Interlocked.Increment(ref _inFlight);
            UpdatePeak(inFlight);
            try
            {
                TimeSpan latency = Latency;
                if (latency > TimeSpan.Zero) await Task.Delay(latency, context.RequestAborted).ConfigureAwait(false);

                LoopbackFaultRule? fault = _faults.FirstOrDefault(rule => rule.TryTake(request.SecretName));
                if (fault != null)
                {
                    request.Fault = fault.Fault.ToString();
                    await ApplyFaultAsync(context, request, fault.Fault).ConfigureAwait(false);
                    return;
                }

                if (request.SecretName != null && !AirflowNaming.IsValidKeyVaultSecretName(request.SecretName))
                {
                    await _wire.WriteErrorAsync(context, request, 400, "BadParameter",
                        "The request URI contains an invalid name: " + request.SecretName).ConfigureAwait(false);
                    return;
                }

                await Secrets.HandleAsync(context, request).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                _wire.Record(request, 0);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }

        private async Task ApplyFaultAsync(HttpContext context, LoopbackRequestInfo request, LoopbackFault fault)
        {
            if (fault.Kind == LoopbackFaultKind.DropConnection)
            {
                _wire.Record(request, 0);
                context.Abort();
                return;
            }

            if (fault.RetryAfter is TimeSpan retryAfter)
            {
                context.Response.Headers.RetryAfter = ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }

            await _wire.WriteErrorAsync(context, request, fault.StatusCode, fault.ErrorCode, "Injected fault: " + fault + ".").ConfigureAwait(false);
        }

        private void UpdatePeak(int inFlight)
        {
            int peak;
            while (inFlight > (peak = Volatile.Read(ref _peakInFlight)) && Interlocked.CompareExchange(ref _peakInFlight, inFlight, peak) != peak)
            {
            }
        }

        private void Record(LoopbackRequestInfo request, int status) =>
            _requests.Enqueue(new LoopbackRequest(
                Interlocked.Increment(ref _sequence), request.Method, request.Path, request.Operation, request.SecretName, request.Version,
                request.Authenticated, status, request.Fault));
    }
}
