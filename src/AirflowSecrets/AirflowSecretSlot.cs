using System;
using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;
using AirflowSecrets.Internal;
using AirflowSecrets.Resolution;

namespace AirflowSecrets
{
    /// <summary>
    /// A generated accessor's cache of one declared secret. The resolver publishes into it the cache entry it found and
    /// the value read from it; while that entry is fresh and still the resolver's, a read is a few field reads: no key
    /// lookup, no parsing, no allocation. Otherwise it reads through the resolver, whose rules hold unchanged: the TTL,
    /// last-known-good, single-flight, no caching when <see cref="AirflowSecretsOptions.UseCache"/> is off. A slot only
    /// holds values every caller may share (text, connections, immutable typed values); others are read each time.
    /// Thread-safe. <see cref="AirflowSecretAccessors.Slot"/> makes one per member of a generated class on its first read;
    /// it is public only so that generated code can hold it.
    /// </summary>
    /// <typeparam name="T">The accessor's type.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class AirflowSecretSlot<T>
    {
        private readonly AirflowSecretResolver _resolver;
        private readonly Func<long>? _exactClock;
        private Cell? _cell;

        internal AirflowSecretSlot(AirflowSecretResolver resolver, AirflowSecretKey key, AirflowValueReader<T>? reader, Func<T>? absent)
        {
            _resolver = resolver;
            _exactClock = resolver.SlotClock;
            Key = key;
            Reader = reader;
            Absent = absent;
            Shareable = ImmutableType<T>.Is || typeof(T) == typeof(AirflowConnection);
        }

        internal AirflowSecretKey Key { get; }

        internal AirflowValueReader<T>? Reader { get; }

        internal Func<T>? Absent { get; }

        internal bool Shareable { get; }

        /// <summary>The value: from the slot while its entry is fresh, else through the resolver.</summary>
        /// <param name="cancellationToken">Cancels the wait.</param>
        /// <returns>The value.</returns>
        /// <exception cref="AirflowSecretNotFoundException">No backend holds a required secret.</exception>
        /// <exception cref="AirflowVariableFormatException">A typed variable's value does not fit the type.</exception>
        public ValueTask<T> GetAsync(CancellationToken cancellationToken = default)
        {
            Cell? cell = Volatile.Read(ref _cell);
            if (cell != null && (_exactClock is null ? CoarseClock.Now : _exactClock()) < cell.Entry.SlotUntil && !cancellationToken.IsCancellationRequested)
            {
                Instrumentation.CacheHit(Key.Kind);
                return new ValueTask<T>(cell.Value);
            }

            return _resolver.ReadSlotAsync(this, cancellationToken);
        }

        // Called by the resolver with the cache entry the value came from (and was read from, for a typed variable).
        internal void Publish(CacheEntry entry, T value)
        {
            if (ReferenceEquals(Volatile.Read(ref _cell)?.Entry, entry)) return;
            if (_exactClock is null) CoarseClock.Touch();
            Volatile.Write(ref _cell, new Cell(entry, value));
        }

        private sealed class Cell
        {
            public Cell(CacheEntry entry, T value)
            {
                Entry = entry;
                Value = value;
            }

            public CacheEntry Entry { get; }

            public T Value { get; }
        }
    }
}
