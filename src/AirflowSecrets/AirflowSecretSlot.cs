using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;
using AirflowSecrets.Internal;
using AirflowSecrets.Resolution;

namespace AirflowSecrets
{
    /// <summary>
    /// Makes the cache slot of one declared secret for a generated accessor (<see cref="AirflowSecretSlot{T}"/>). The
    /// generator writes these calls; they are public only so that generated code can make them.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class AirflowSecretSlot
    {
        /// <summary>
        /// A slot for <paramref name="key"/> read through <paramref name="resolver"/>: as text (a variable or config value,
        /// <typeparamref name="T"/> <see cref="string"/>), as a connection (<typeparamref name="T"/>
        /// <see cref="AirflowConnection"/>), or as JSON by <paramref name="reader"/> (a variable).
        /// </summary>
        /// <param name="resolver">Where the secret is resolved.</param>
        /// <param name="key">The declared secret.</param>
        /// <param name="reader">How a typed variable is read; <c>null</c> for text and connections.</param>
        /// <param name="absent">The value when no backend holds the key; <c>null</c> when the secret is required.</param>
        /// <exception cref="ArgumentException"><typeparamref name="T"/> does not fit the key's kind.</exception>
        public static AirflowSecretSlot<T> Create<T>(AirflowSecretResolver resolver, AirflowSecretKey key, AirflowValueReader<T>? reader = null, Func<T>? absent = null)
        {
            if (resolver is null) throw new ArgumentNullException(nameof(resolver));
            if (key.Key is null) throw new ArgumentException("The key is default(AirflowSecretKey).", nameof(key));
            Type expected = key.Kind == AirflowSecretKind.Connection ? typeof(AirflowConnection) : typeof(string);
            if (reader is null ? typeof(T) != expected : key.Kind != AirflowSecretKind.Variable)
            {
                throw new ArgumentException("A " + key.Kind + " slot reads " + expected.Name + (key.Kind == AirflowSecretKind.Variable ? " or takes a reader." : "."), nameof(key));
            }

            return new AirflowSecretSlot<T>(resolver, key, reader, absent);
        }

        /// <summary>A generated class's <c>LoadAsync</c>: <see cref="AirflowSecretResolver.LoadAsync"/>, then its snapshot made by <paramref name="create"/>.</summary>
        /// <param name="resolver">Where the secrets are resolved.</param>
        /// <param name="keys">The required secrets.</param>
        /// <param name="optionalKeys">The secrets that may be absent.</param>
        /// <param name="create">Makes the generated snapshot from the loaded values.</param>
        /// <param name="cancellationToken">Cancels the wait.</param>
        /// <exception cref="AirflowSecretsLoadException">Required secrets are missing or unreadable; every one is listed.</exception>
        public static async Task<TSnapshot> LoadAsync<TSnapshot>(
            AirflowSecretResolver resolver, IEnumerable<AirflowSecretKey> keys, IEnumerable<AirflowSecretKey> optionalKeys, Func<AirflowSecretsSnapshot, TSnapshot> create, CancellationToken cancellationToken = default)
        {
            if (resolver is null) throw new ArgumentNullException(nameof(resolver));
            if (create is null) throw new ArgumentNullException(nameof(create));
            AirflowSecretsSnapshot loaded = await resolver.LoadAsync(keys, optionalKeys, cancellationToken).ConfigureAwait(false);
            return create(loaded);
        }
    }

    /// <summary>
    /// A generated accessor's cache of one declared secret. The resolver publishes into it the cache entry it found and
    /// the value read from it; while that entry is fresh and still the resolver's, a read is a few field reads: no key
    /// lookup, no parsing, no allocation. Otherwise it reads through the resolver, whose rules hold unchanged: the TTL,
    /// last-known-good, single-flight, no caching when <see cref="AirflowSecretsOptions.UseCache"/> is off. A slot only
    /// holds values every caller may share (text, connections, immutable typed values); others are read each time.
    /// Thread-safe. The generator writes these; use the resolver by hand.
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
