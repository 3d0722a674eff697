using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using AirflowSecrets.Backends;

namespace AirflowSecrets.Tests.Support;

/// <summary>
/// A backend whose answers, failures and timing a test controls: values by key, an exception to throw,
/// and an optional gate that holds every lookup until the test opens it. Counts the lookups it serves.
/// </summary>
public sealed class ScriptedBackend : IAirflowSecretsBackend
{
    private readonly ConcurrentDictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _asked = new();
    private TaskCompletionSource _gate = Opened();
    private int _cancelled;

    public ScriptedBackend(string name = "scripted backend") => Name = name;

    public string Name { get; }

    /// <summary>Thrown by every lookup while set.</summary>
    public Exception? Failure { get; set; }

    /// <summary>Keys asked for, in order.</summary>
    public string[] Asked => _asked.ToArray();

    /// <summary>Lookups that ended because their token was cancelled.</summary>
    public int Cancelled => Volatile.Read(ref _cancelled);

    public ScriptedBackend Set(string key, string value)
    {
        _values[key] = value;
        return this;
    }

    public ScriptedBackend Remove(string key)
    {
        _values.TryRemove(key, out _);
        return this;
    }

    /// <summary>From now on lookups wait until <see cref="Open"/>.</summary>
    public void Close() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Open() => _gate.TrySetResult();

    public string DescribeLookup(AirflowSecretKind kind, string key, string? teamName) => Name + " key '" + key + "'";

    public async ValueTask<string?> GetValueAsync(AirflowSecretKind kind, string key, string? teamName, CancellationToken cancellationToken)
    {
        _asked.Enqueue(key);
        try
        {
            await _gate.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref _cancelled);
            throw;
        }

        if (Failure != null) throw Failure;
        return _values.TryGetValue(key, out string? value) ? value : null;
    }

    private static TaskCompletionSource Opened()
    {
        var gate = new TaskCompletionSource();
        gate.SetResult();
        return gate;
    }
}
