using System;
using System.Threading.Tasks;
using Azure.Core;
using Azure.Core.Pipeline;

namespace AirflowSecrets.Backends
{
    /// <summary>
    /// Keeps concurrent requests of one <c>SecretClient</c> from each paying the whole retry budget against a vault that
    /// cannot be reached. Until the vault has answered once, and again after an attempt fails in transport (refused,
    /// unresolved, TLS, timeout), one request at a time is let through (the probe, retrying as the SDK does); the others
    /// wait for its outcome. An answer lets them all go; a probe that gives up fails them at once, unsent. A job of N
    /// concurrent lookups against a vault that is down thus costs one retry budget, not N.
    /// </summary>
    internal sealed class KeyVaultTransportGate
    {
        private readonly object _gate = new();
        private readonly string _backend;
        private readonly BackendFailureContext _context;
        private bool _answered;
        private HttpMessage? _probe;
        private TaskCompletionSource<BackendFailure?>? _probeDone;

        public KeyVaultTransportGate(string backend, BackendFailureContext context)
        {
            _backend = backend;
            _context = context;
            CallPolicy = new CallEnd(this);
            AttemptPolicy = new Attempt(this);
        }

        /// <summary>Sees each call end (placed before the retry policy).</summary>
        public HttpPipelinePolicy CallPolicy { get; }

        /// <summary>Sees each attempt (placed after the retry policy).</summary>
        public HttpPipelinePolicy AttemptPolicy { get; }

        /// <summary>Adds the gate to client options.</summary>
        public void AddTo(ClientOptions options)
        {
            options.AddPolicy(CallPolicy, HttpPipelinePosition.PerCall);
            options.AddPolicy(AttemptPolicy, HttpPipelinePosition.PerRetry);
        }

        private async ValueTask SendAttemptAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline, Next next)
        {
            while (true)
            {
                Task<BackendFailure?> wait;
                lock (_gate)
                {
                    if (_answered || _probe == message) break;
                    if (_probe is null)
                    {
                        _probe = message;
                        _probeDone = new TaskCompletionSource<BackendFailure?>(TaskCreationOptions.RunContinuationsAsynchronously);
                        break;
                    }

                    wait = _probeDone!.Task;
                }

                BackendFailure? failure = await TaskWaiting.WaitAsync(wait, message.CancellationToken).ConfigureAwait(false);
                if (failure != null)
                {
                    // Not retried by the SDK (it is neither an IOException nor a RequestFailedException): the caller hears at once.
                    throw new AirflowSecretsBackendException(_backend, BackendFailure.Create(
                        failure.Kind, failure.Cause + "; not sent, a concurrent request found the vault unreachable", isTransport: true));
                }
            }

            try
            {
                await next(message, pipeline).ConfigureAwait(false);
            }
            catch (Exception ex) when (IsTransportFailure(ex, message))
            {
                lock (_gate)
                {
                    // This request becomes the probe: its own retries go on, every other request waits for them.
                    if (_answered || _probe is null)
                    {
                        _answered = false;
                        _probe = message;
                        _probeDone ??= new TaskCompletionSource<BackendFailure?>(TaskCreationOptions.RunContinuationsAsynchronously);
                    }
                }

                throw;
            }

            TaskCompletionSource<BackendFailure?>? release;
            lock (_gate)
            {
                _answered = true;
                release = _probeDone;
                _probe = null;
                _probeDone = null;
            }

            release?.TrySetResult(null);
        }

        private async ValueTask SendCallAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline, Next next)
        {
            try
            {
                await next(message, pipeline).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                TaskCompletionSource<BackendFailure?>? release = null;
                lock (_gate)
                {
                    if (_probe == message)
                    {
                        release = _probeDone;
                        _probe = null;
                        _probeDone = null;
                    }
                }

                // The probe gave up: the waiting requests fail unsent. A probe that ended otherwise (cancelled) hands over.
                BackendFailure failure = BackendFailure.Describe(ex, _context);
                release?.TrySetResult(failure.IsTransport && !message.CancellationToken.IsCancellationRequested ? failure : null);
                throw;
            }
        }

        private delegate ValueTask Next(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline);

        private bool IsTransportFailure(Exception ex, HttpMessage message) =>
            !(ex is OperationCanceledException && message.CancellationToken.IsCancellationRequested)
            && !(ex is AirflowSecretsBackendException)
            && BackendFailure.Describe(ex, _context).IsTransport;

        private sealed class CallEnd : HttpPipelinePolicy
        {
            private readonly KeyVaultTransportGate _owner;

            public CallEnd(KeyVaultTransportGate owner) => _owner = owner;

            public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) => _owner.SendCallAsync(message, pipeline, ProcessNextAsync);

            // The backend only calls the client asynchronously; a synchronous call passes through ungated.
            public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) => ProcessNext(message, pipeline);
        }

        private sealed class Attempt : HttpPipelinePolicy
        {
            private readonly KeyVaultTransportGate _owner;

            public Attempt(KeyVaultTransportGate owner) => _owner = owner;

            public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) => _owner.SendAttemptAsync(message, pipeline, ProcessNextAsync);

            public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) => ProcessNext(message, pipeline);
        }
    }
}
