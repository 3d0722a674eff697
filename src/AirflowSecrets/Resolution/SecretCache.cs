using System;
using System.Collections.Concurrent;
using System.Threading;

namespace AirflowSecrets.Resolution
{
    /// <summary>
    /// Found values per key with their TTL and last-known-good window, in <see cref="ResolverClock"/> ticks. Entries are
    /// replaced, never changed (except the typed copy of a value, which is set once it has been read as some type).
    /// </summary>
    internal sealed class SecretCache
    {
        // After a failed refresh served last-known-good, the backend is asked again after this long at the most.
        private static readonly TimeSpan MaxStaleRetryInterval = TimeSpan.FromSeconds(30);

        private readonly ConcurrentDictionary<AirflowSecretKey, CacheEntry> _entries = new();
        private readonly long _ttlTicks;
        private readonly long _maxStaleTicks;
        private readonly long _staleRetryTicks;

        public SecretCache(TimeSpan ttl, TimeSpan maxStaleness)
        {
            _ttlTicks = ResolverClock.ToTicks(ttl);
            _maxStaleTicks = ResolverClock.ToTicks(maxStaleness);
            _staleRetryTicks = ResolverClock.ToTicks(ttl < MaxStaleRetryInterval ? ttl : MaxStaleRetryInterval);
        }

        /// <summary>The key's entry if it is still fresh at <paramref name="now"/>.</summary>
        public bool TryGetFresh(AirflowSecretKey id, long now, out CacheEntry? entry) =>
            _entries.TryGetValue(id, out entry) && now < entry.ExpiresAt;

        /// <summary>The key's entry, fresh or not.</summary>
        public bool TryGet(AirflowSecretKey id, out CacheEntry? entry) => _entries.TryGetValue(id, out entry);

        /// <summary>The expired entry that may still be served if its backend fails, or null.</summary>
        public CacheEntry? LastKnownGood(AirflowSecretKey id, long now) =>
            _entries.TryGetValue(id, out CacheEntry? entry) && now >= entry.ExpiresAt && now < entry.StaleUntil ? entry : null;

        public void Store(AirflowSecretKey id, object value, int sourceIndex, long now) =>
            _entries[id] = new CacheEntry(value, sourceIndex, now + _ttlTicks, now + _ttlTicks + _maxStaleTicks);

        /// <summary>Serves a last-known-good entry again: it is asked for afresh after the stale-retry interval at the latest.</summary>
        public TimeSpan ServeStale(AirflowSecretKey id, CacheEntry stale, long now)
        {
            long expiredFor = now - (stale.StaleUntil - _maxStaleTicks);
            long retryAt = now + _staleRetryTicks;
            _entries[id] = new CacheEntry(stale.Value, stale.SourceIndex, retryAt < stale.StaleUntil ? retryAt : stale.StaleUntil, stale.StaleUntil);
            return ResolverClock.ToTimeSpan(expiredFor);
        }

        public void Remove(AirflowSecretKey id) => _entries.TryRemove(id, out _);

        public void Clear() => _entries.Clear();
    }

    /// <summary>One cached value.</summary>
    internal sealed class CacheEntry
    {
        private object? _typed;

        public CacheEntry(object value, int sourceIndex, long expiresAt, long staleUntil)
        {
            Value = value;
            SourceIndex = sourceIndex;
            ExpiresAt = expiresAt;
            StaleUntil = staleUntil;
            Hit = Lookup.Found(value);
        }

        public object Value { get; }

        // The answer for a cache hit, made once so that a hit allocates nothing.
        public Lookup Hit { get; }

        // The backend that supplied the value: only its failure lets the old value be served.
        public int SourceIndex { get; }

        public long ExpiresAt { get; }

        public long StaleUntil { get; }

        // The value last read as some T (immutable types only), so that warm typed reads skip JSON.
        public bool TryGetTyped<T>(out T value)
        {
            if (Volatile.Read(ref _typed) is Typed<T> typed)
            {
                value = typed.Value;
                return true;
            }

            value = default!;
            return false;
        }

        public void SetTyped<T>(T value) => Volatile.Write(ref _typed, new Typed<T>(value));

        private sealed class Typed<T>
        {
            public Typed(T value) => Value = value;

            public T Value { get; }
        }
    }

    /// <summary>Types whose values can be handed to every caller: nobody can change them.</summary>
    internal static class ImmutableType<T>
    {
        public static readonly bool Is = Check(typeof(T));

        private static bool Check(Type type)
        {
            Type inner = Nullable.GetUnderlyingType(type) ?? type;
            return inner.IsPrimitive || inner.IsEnum || inner == typeof(string) || inner == typeof(decimal) || inner == typeof(DateTime)
                || inner == typeof(DateTimeOffset) || inner == typeof(TimeSpan) || inner == typeof(Guid) || inner == typeof(Uri);
        }
    }
}
