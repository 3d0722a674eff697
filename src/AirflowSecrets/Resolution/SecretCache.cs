using System;
using System.Collections.Concurrent;
using System.Threading;

namespace AirflowSecrets.Resolution
{
    /// <summary>
    /// Found values per key with their TTL and last-known-good window, in <see cref="ResolverClock"/> ticks. Entries are
    /// replaced, never changed (except the typed copy of a value, which is set once it has been read as some type), and
    /// an entry that leaves the cache (replaced, removed, cleared) is retired: the generated accessors' slots that hold it
    /// (<see cref="AirflowSecretSlot{T}"/>) stop serving it at once.
    /// </summary>
    internal sealed class SecretCache
    {
        // After a failed refresh served last-known-good, the backend is asked again after this long at the most.
        private static readonly TimeSpan MaxStaleRetryInterval = TimeSpan.FromSeconds(30);

        private readonly ConcurrentDictionary<AirflowSecretKey, CacheEntry> _entries = new();
        private readonly long _ttlTicks;
        private readonly long _maxStaleTicks;
        private readonly long _staleRetryTicks;
        private readonly long _slotMarginTicks;

        /// <param name="ttl">How long a found value is fresh.</param>
        /// <param name="maxStaleness">How long after that it may be served while its backend fails.</param>
        /// <param name="slotMarginTicks">
        /// How much earlier than the resolver a slot stops serving an entry: the lag of the clock slots read
        /// (<see cref="CoarseClock.Margin"/> for the process-wide coarse clock, 0 for a resolver's own exact clock), so
        /// that a slot never serves a value the resolver would not.
        /// </param>
        public SecretCache(TimeSpan ttl, TimeSpan maxStaleness, long slotMarginTicks = 0)
        {
            _slotMarginTicks = slotMarginTicks;
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
            Replace(id, new CacheEntry(value, sourceIndex, now + _ttlTicks, now + _ttlTicks + _maxStaleTicks, _slotMarginTicks));

        /// <summary>Serves a last-known-good entry again: it is asked for afresh after the stale-retry interval at the latest.</summary>
        public TimeSpan ServeStale(AirflowSecretKey id, CacheEntry stale, long now)
        {
            long expiredFor = now - (stale.StaleUntil - _maxStaleTicks);
            long retryAt = now + _staleRetryTicks;
            Replace(id, new CacheEntry(stale.Value, stale.SourceIndex, retryAt < stale.StaleUntil ? retryAt : stale.StaleUntil, stale.StaleUntil, _slotMarginTicks));
            return ResolverClock.ToTimeSpan(expiredFor);
        }

        public void Remove(AirflowSecretKey id)
        {
            if (_entries.TryRemove(id, out CacheEntry? removed)) removed.Retire();
        }

        public void Clear()
        {
            foreach (AirflowSecretKey id in _entries.Keys) Remove(id);
        }

        // Puts the entry in place of the key's current one, which is retired once nobody can find it any more.
        private void Replace(AirflowSecretKey id, CacheEntry entry)
        {
            while (true)
            {
                if (_entries.TryGetValue(id, out CacheEntry? current))
                {
                    if (_entries.TryUpdate(id, entry, current))
                    {
                        current.Retire();
                        return;
                    }
                }
                else if (_entries.TryAdd(id, entry))
                {
                    return;
                }
            }
        }
    }

    /// <summary>One cached value.</summary>
    internal sealed class CacheEntry
    {
        private object? _typed;
        private long _slotUntil;

        public CacheEntry(object value, int sourceIndex, long expiresAt, long staleUntil, long slotMarginTicks = 0)
        {
            _slotUntil = expiresAt - slotMarginTicks;
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

        /// <summary>Until when (on the slots' clock) a slot may serve this entry; <see cref="long.MinValue"/> once retired.</summary>
        public long SlotUntil => Volatile.Read(ref _slotUntil);

        /// <summary>The entry has left the cache: no slot serves it again.</summary>
        public void Retire() => Volatile.Write(ref _slotUntil, long.MinValue);

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
