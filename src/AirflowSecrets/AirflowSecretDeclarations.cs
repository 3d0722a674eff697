using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace AirflowSecrets
{
    /// <summary>
    /// What one generated class declares, as data: its secrets in declaration order and, per member, what it gives when
    /// no backend holds the secret and how a typed variable is read. The generator writes one per class (a static field);
    /// the behaviour lives here once instead of in every generated class. Public only so that generated code can make it.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class AirflowSecretDeclarations
    {
        private readonly AirflowSecretKey[] _keys;
        private readonly string _absent;
        private readonly object?[]? _defaults;
        private readonly object?[]? _readers;

        /// <summary>Declares the members of one generated class.</summary>
        /// <param name="className">The class's name, for <c>ToString()</c> of its snapshot (never a value).</param>
        /// <param name="keys">The declared secrets, one per member, in declaration order.</param>
        /// <param name="absent">
        /// One character per member: <c>r</c> required (no backend holding it is an error), <c>o</c> optional (<c>null</c>),
        /// <c>d</c> its entry of <paramref name="defaults"/>.
        /// </param>
        /// <param name="defaults">Per member, the default of a <c>d</c> member (a constant: text, number, enum, …); <c>null</c> when no member has one.</param>
        /// <param name="readers">Per member, the <see cref="AirflowValueReader{T}"/> of a typed variable; <c>null</c> when no member is typed.</param>
        /// <exception cref="ArgumentException">The lists do not line up, or <paramref name="absent"/> holds another character.</exception>
        public AirflowSecretDeclarations(string className, AirflowSecretKey[] keys, string absent, object?[]? defaults = null, object?[]? readers = null)
        {
            ClassName = className ?? throw new ArgumentNullException(nameof(className));
            _keys = keys ?? throw new ArgumentNullException(nameof(keys));
            _absent = absent ?? throw new ArgumentNullException(nameof(absent));
            if (absent.Length != keys.Length) throw new ArgumentException("One character per declared secret is needed.", nameof(absent));
            if (defaults != null && defaults.Length != keys.Length) throw new ArgumentException("One default per declared secret is needed.", nameof(defaults));
            if (readers != null && readers.Length != keys.Length) throw new ArgumentException("One reader per declared secret is needed.", nameof(readers));
            _defaults = defaults;
            _readers = readers;

            var optional = new List<AirflowSecretKey>();
            var required = new List<AirflowSecretKey>();
            for (int i = 0; i < keys.Length; i++)
            {
                if (keys[i].Key is null) throw new ArgumentException("Member " + i.ToString(CultureInfo.InvariantCulture) + " is default(AirflowSecretKey).", nameof(keys));
                char mode = absent[i];
                if (mode != 'r' && mode != 'o' && mode != 'd')
                {
                    throw new ArgumentException("The " + keys[i] + " is neither required (r), optional (o) nor defaulted (d).", nameof(absent));
                }

                if (mode == 'd' && (defaults is null || defaults[i] is null))
                {
                    throw new ArgumentException("The " + keys[i] + " is declared with a default and has none.", nameof(defaults));
                }

                if (readers?[i] != null && keys[i].Kind != AirflowSecretKind.Variable)
                {
                    throw new ArgumentException("The " + keys[i] + " is not a variable, so it is not read as JSON.", nameof(readers));
                }

                (mode == 'r' ? required : optional).Add(keys[i]);
            }

            Declared = Array.AsReadOnly((AirflowSecretKey[])keys.Clone());
            Optional = optional.AsReadOnly();
            Required = required.AsReadOnly();
        }

        /// <summary>Every declared secret, in declaration order.</summary>
        public IReadOnlyList<AirflowSecretKey> Declared { get; }

        /// <summary>The declared secrets that may be absent (optional, or with a default).</summary>
        public IReadOnlyList<AirflowSecretKey> Optional { get; }

        internal IReadOnlyList<AirflowSecretKey> Required { get; }

        internal string ClassName { get; }

        internal int Count => _keys.Length;

        // The slot of one member, typed by the accessor that first reads it.
        internal AirflowSecretSlot<T> CreateSlot<T>(AirflowSecretResolver resolver, int member)
        {
            AirflowSecretKey key = _keys[member];
            AirflowValueReader<T>? reader = null;
            object? declared = _readers?[member];
            if (declared != null)
            {
                reader = declared as AirflowValueReader<T>
                    ?? throw new InvalidOperationException("The " + key + " is read as " + typeof(T).Name + " but declared with a reader of another type.");
            }
            else
            {
                Type expected = key.Kind == AirflowSecretKind.Connection ? typeof(AirflowConnection) : typeof(string);
                if (typeof(T) != expected) throw new InvalidOperationException("The " + key + " reads " + expected.Name + ", not " + typeof(T).Name + ".");
            }

            Func<T>? absent = null;
            switch (_absent[member])
            {
                case 'o':
                    absent = () => default!;
                    break;
                case 'd':
                    var value = (T)_defaults![member]!;
                    absent = () => value;
                    break;
            }

            return new AirflowSecretSlot<T>(resolver, key, reader, absent);
        }

        // A member's value from a load: what the accessor would return for the same backend contents.
        internal object? ValueFrom(AirflowSecretsSnapshot loaded, int member)
        {
            AirflowSecretKey key = _keys[member];
            if (!loaded.TryGetRaw(key, out object? raw))
            {
                return _absent[member] switch
                {
                    'r' => throw loaded.NotFound(key),
                    'd' => _defaults![member],
                    _ => null,
                };
            }

            return _readers?[member] is IBoxedValueReader reader ? reader.ReadBoxed((string)raw!, loaded.JsonOptions, key.Key) : raw;
        }
    }

    /// <summary>
    /// The accessors of one generated class instance: the cache slot of each member, made on its first read, through which
    /// the resolver's cache serves warm values without a key lookup (<see cref="AirflowSecretSlot{T}"/>). The generator writes
    /// the calls; use <see cref="AirflowSecretResolver"/> by hand.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class AirflowSecretAccessors
    {
        private readonly AirflowSecretDeclarations _declarations;

        /// <summary>The accessors of <paramref name="declarations"/> over <paramref name="resolver"/>.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="resolver"/> or <paramref name="declarations"/> is null.</exception>
        public AirflowSecretAccessors(AirflowSecretResolver resolver, AirflowSecretDeclarations declarations)
        {
            Resolver = resolver ?? throw new ArgumentNullException(nameof(resolver));
            _declarations = declarations ?? throw new ArgumentNullException(nameof(declarations));
        }

        /// <summary>Where the secrets are resolved.</summary>
        public AirflowSecretResolver Resolver { get; }

        /// <summary>
        /// The cache slot of member <paramref name="member"/> (its index in the declarations), made on its first read and
        /// kept in the generated class's own typed field: a warm read is that field and the slot's entry, no lookup.
        /// </summary>
        /// <param name="field">The generated class's field for the member; set once, whichever thread gets there first.</param>
        /// <param name="member">The member's index in the declarations.</param>
        /// <exception cref="InvalidOperationException">The member is declared with another type.</exception>
        public AirflowSecretSlot<T> Slot<T>(ref AirflowSecretSlot<T>? field, int member)
        {
            AirflowSecretSlot<T> made = _declarations.CreateSlot<T>(Resolver, member);
            return Interlocked.CompareExchange(ref field, made, null) ?? made;
        }

        /// <summary>Reads every declared secret at once (<see cref="AirflowSecretResolver.LoadAsync"/>) into the snapshot <paramref name="create"/> makes.</summary>
        /// <exception cref="AirflowSecretsLoadException">Required secrets are missing or unreadable; every one is listed.</exception>
        /// <exception cref="AirflowVariableFormatException">A typed variable's value does not fit its type.</exception>
        public async Task<TSnapshot> LoadAsync<TSnapshot>(Func<AirflowSecretValues, TSnapshot> create, CancellationToken cancellationToken = default)
        {
            if (create is null) throw new ArgumentNullException(nameof(create));
            AirflowSecretsSnapshot loaded = await Resolver.LoadAsync(_declarations.Required, _declarations.Optional, cancellationToken).ConfigureAwait(false);
            var values = new object?[_declarations.Count];
            for (int i = 0; i < values.Length; i++) values[i] = _declarations.ValueFrom(loaded, i);
            return create(new AirflowSecretValues(_declarations, values));
        }
    }

    /// <summary>The values of one generated snapshot, by member. <see cref="ToString"/> names the class and the count, never a value.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class AirflowSecretValues
    {
        private readonly AirflowSecretDeclarations _declarations;
        private readonly object?[] _values;

        internal AirflowSecretValues(AirflowSecretDeclarations declarations, object?[] values)
        {
            _declarations = declarations;
            _values = values;
        }

        /// <summary>Member <paramref name="member"/>'s value.</summary>
        public T Get<T>(int member) => (T)_values[member]!;

        /// <summary>The class and how many secrets it holds; never a value.</summary>
        public override string ToString() =>
            _declarations.ClassName + ".Snapshot (" + _values.Length.ToString(CultureInfo.InvariantCulture) + (_values.Length == 1 ? " secret)" : " secrets)");
    }

    /// <summary>A reader that reads into <c>object</c>, for a snapshot filled without knowing each member's type.</summary>
    internal interface IBoxedValueReader
    {
        object? ReadBoxed(string json, JsonSerializerOptions? options, string key);
    }
}
