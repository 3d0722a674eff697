using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AirflowSecrets.Python;

namespace AirflowSecrets
{
    /// <summary>
    /// Reads a typed variable from its text as Airflow's <c>Variable.get(key, deserialize_json=True)</c> does (Python's
    /// <c>json.loads</c>: <c>NaN</c>, <c>Infinity</c>, huge numbers, the last duplicate key winning) into
    /// <typeparamref name="T"/>. Readers from <see cref="AirflowValueReaders"/> use no reflection (except
    /// <see cref="AirflowValueReaders.Reflection{T}"/>), so they work in trimmed and Native AOT applications; the generated
    /// accessors use them. Thread-safe; keep and reuse them.
    /// </summary>
    /// <typeparam name="T">The type read.</typeparam>
    public abstract class AirflowValueReader<T> : IBoxedValueReader
    {
        // Only this assembly makes readers: they work on the parsed Python value, which is not public.
        private protected AirflowValueReader()
        {
        }

        /// <summary>Parses <paramref name="json"/> with Python's <c>json.loads</c> rules and reads it as <typeparamref name="T"/>.</summary>
        /// <param name="json">The variable's text.</param>
        /// <param name="options">
        /// Serializer settings (number handling, converters) for the types the reader knows; <c>null</c>: case-insensitive
        /// property names and <c>NaN</c>/<c>Infinity</c> for floating-point numbers. Readers over a
        /// <see cref="JsonSerializerContext"/> follow the context's own options instead.
        /// </param>
        /// <param name="key">The variable key, for the exception's message.</param>
        /// <exception cref="AirflowVariableFormatException">The text is not JSON Python accepts, or does not fit <typeparamref name="T"/>.</exception>
        public T Read(string json, JsonSerializerOptions? options = null, string? key = null)
        {
            if (json is null) throw new ArgumentNullException(nameof(json));
            return ReadParsed(AirflowJson.Parse(json, typeof(T), key), options, key);
        }

        object? IBoxedValueReader.ReadBoxed(string json, JsonSerializerOptions? options, string key) => Read(json, options, key);

        internal T ReadParsed(PyValue value, JsonSerializerOptions? options, string? key)
        {
            try
            {
                return ReadValue(value, options);
            }
            catch (ValueMismatchException ex)
            {
                // The path names properties and indexes only (JsonException.Path never quotes a value).
                throw new AirflowVariableFormatException(key, typeof(T), "the JSON does not fit the type at $" + ex.Path);
            }
            catch (NotSupportedException ex)
            {
                throw new AirflowVariableFormatException(key, typeof(T), "System.Text.Json cannot create the type", ex);
            }
        }

        /// <summary>Reads one parsed value; a value that does not fit throws <see cref="ValueMismatchException"/>.</summary>
        internal abstract T ReadValue(PyValue value, JsonSerializerOptions? options);
    }

    /// <summary>A value that does not fit the type, and where (a JSON path relative to the value read, without the <c>$</c>).</summary>
    internal sealed class ValueMismatchException : Exception
    {
        private ValueMismatchException(string path)
            : base("The JSON value does not fit the type.")
        {
            Path = path;
        }

        public string Path { get; private set; }

        public static ValueMismatchException At(string path) => new ValueMismatchException(path);

        public static ValueMismatchException From(JsonException ex)
        {
            string path = ex.Path ?? string.Empty;
            return new ValueMismatchException(path.StartsWith("$", StringComparison.Ordinal) ? path.Substring(1) : path);
        }

        /// <summary>Puts the step to the value that failed in front, as the exception passes a container.</summary>
        public ValueMismatchException Within(string step)
        {
            Path = step + Path;
            return this;
        }

        // An index as System.Text.Json writes it: [2].
        public static string Index(int index) => "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

        // A dictionary key as System.Text.Json writes it: .name, or ['odd name'] when it is not a plain name.
        public static string Property(string name)
        {
            foreach (char c in name)
            {
                if (!char.IsLetterOrDigit(c) && c != '_' && c != '-') return "['" + name.Replace("'", "\\'") + "']";
            }

            return name.Length == 0 ? "['']" : "." + name;
        }
    }

    /// <summary>The serializer settings readers use for the types they know, made once per caller's options.</summary>
    internal static class ReaderOptions
    {
        private static readonly ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions> Copies = new ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions>();
        private static readonly ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions>.CreateValueCallback CopyCallback = Copy;

        /// <summary>The default: property names matched ignoring case, NaN and the infinities read into floating-point numbers.</summary>
        public static JsonSerializerOptions Default { get; } = Finish(new JsonSerializerOptions
        {
            PropertyNameCaseInsensitive = true,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        });

        /// <summary>
        /// The caller's options as readers use them: their settings and converters, with no reflection-based metadata
        /// behind them (the readers give each type's metadata themselves).
        /// </summary>
        public static JsonSerializerOptions For(JsonSerializerOptions? options) => options is null ? Default : Copies.GetValue(options, CopyCallback);

        private static JsonSerializerOptions Copy(JsonSerializerOptions options) => Finish(new JsonSerializerOptions(options));

        private static JsonSerializerOptions Finish(JsonSerializerOptions options)
        {
            options.TypeInfoResolver = NoMetadata.Instance;
            return options;
        }

        // Metadata for no type: readers pass every type's metadata explicitly, so nothing is ever looked up.
        private sealed class NoMetadata : IJsonTypeInfoResolver
        {
            public static readonly NoMetadata Instance = new NoMetadata();

            public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) => null;
        }
    }

    /// <summary>
    /// A type System.Text.Json reads with one converter (numbers, text, dates, enums, JsonElement…): the parsed value is
    /// handed to that converter as standard JSON, so every rule of the converter applies exactly as in a reflection-based read.
    /// </summary>
    internal sealed class ConverterReader<T> : AirflowValueReader<T>
    {
        private readonly Func<JsonSerializerOptions, JsonConverter> _builtIn;
        private readonly ConditionalWeakTable<JsonSerializerOptions, JsonTypeInfo<T>> _infos = new ConditionalWeakTable<JsonSerializerOptions, JsonTypeInfo<T>>();
        private readonly ConditionalWeakTable<JsonSerializerOptions, JsonTypeInfo<T>>.CreateValueCallback _create;

        public ConverterReader(Func<JsonSerializerOptions, JsonConverter> builtIn)
        {
            _builtIn = builtIn;
            _create = Create;
        }

        internal override T ReadValue(PyValue value, JsonSerializerOptions? options) =>
            AirflowJson.DeserializeValue(value, _infos.GetValue(ReaderOptions.For(options), _create));

        // A converter the caller registered for the type wins, as in System.Text.Json; else the built-in one.
        private JsonTypeInfo<T> Create(JsonSerializerOptions options)
        {
            JsonConverter? converter = null;
            foreach (JsonConverter candidate in options.Converters)
            {
                if (!candidate.CanConvert(typeof(T))) continue;
                converter = candidate is JsonConverterFactory factory ? factory.CreateConverter(typeof(T), options) : candidate;
                break;
            }

            return JsonMetadataServices.CreateValueInfo<T>(options, converter ?? _builtIn(options));
        }
    }

    /// <summary>A Nullable&lt;T&gt;: <c>null</c> for JSON <c>null</c>, else the value.</summary>
    internal sealed class NullableReader<T> : AirflowValueReader<T?>
        where T : struct
    {
        private readonly AirflowValueReader<T> _value;

        public NullableReader(AirflowValueReader<T> value) => _value = value;

        internal override T? ReadValue(PyValue value, JsonSerializerOptions? options) =>
            value.Kind == PyKind.Null ? (T?)null : _value.ReadValue(value, options);
    }

    /// <summary>Shared by the readers of JSON arrays: each item read by the element reader, its index named on failure.</summary>
    internal abstract class SequenceReader<TSequence, TElement> : AirflowValueReader<TSequence>
        where TSequence : class
    {
        private readonly AirflowValueReader<TElement> _element;

        protected SequenceReader(AirflowValueReader<TElement> element) => _element = element;

        internal override TSequence ReadValue(PyValue value, JsonSerializerOptions? options)
        {
            // JSON null reads as a null collection, as in System.Text.Json.
            if (value.Kind == PyKind.Null) return null!;
            if (value.Kind != PyKind.List) throw ValueMismatchException.At(string.Empty);
            List<PyValue> items = value.Items!;
            TSequence sequence = Create(items.Count);
            for (int i = 0; i < items.Count; i++)
            {
                TElement element;
                try
                {
                    element = _element.ReadValue(items[i], options);
                }
                catch (ValueMismatchException ex)
                {
                    throw ex.Within(ValueMismatchException.Index(i));
                }

                Add(sequence, i, element);
            }

            return sequence;
        }

        protected abstract TSequence Create(int count);

        protected abstract void Add(TSequence sequence, int index, TElement element);
    }

    internal sealed class ArrayReader<T> : SequenceReader<T[], T>
    {
        public ArrayReader(AirflowValueReader<T> element)
            : base(element)
        {
        }

        protected override T[] Create(int count) => count == 0 ? Array.Empty<T>() : new T[count];

        protected override void Add(T[] sequence, int index, T element) => sequence[index] = element;
    }

    internal sealed class ListReader<T> : SequenceReader<List<T>, T>
    {
        public ListReader(AirflowValueReader<T> element)
            : base(element)
        {
        }

        protected override List<T> Create(int count) => new List<T>(count);

        protected override void Add(List<T> sequence, int index, T element) => sequence.Add(element);
    }

    internal sealed class HashSetReader<T> : SequenceReader<HashSet<T>, T>
    {
        public HashSetReader(AirflowValueReader<T> element)
            : base(element)
        {
        }

        protected override HashSet<T> Create(int count) => new HashSet<T>();

        // Duplicates collapse, as System.Text.Json's set converter adds them.
        protected override void Add(HashSet<T> sequence, int index, T element) => sequence.Add(element);
    }

    /// <summary>A JSON object into a dictionary with string keys, in the object's order (the last duplicate key has won already).</summary>
    internal sealed class DictionaryReader<TValue> : AirflowValueReader<Dictionary<string, TValue>>
    {
        private readonly AirflowValueReader<TValue> _value;

        public DictionaryReader(AirflowValueReader<TValue> value) => _value = value;

        internal override Dictionary<string, TValue> ReadValue(PyValue value, JsonSerializerOptions? options)
        {
            if (value.Kind == PyKind.Null) return null!;
            if (value.Kind != PyKind.Dict) throw ValueMismatchException.At(string.Empty);
            var dictionary = new Dictionary<string, TValue>(value.Entries!.Count);
            foreach (KeyValuePair<string, PyValue> entry in value.Entries)
            {
                try
                {
                    dictionary[entry.Key] = _value.ReadValue(entry.Value, options);
                }
                catch (ValueMismatchException ex)
                {
                    throw ex.Within(ValueMismatchException.Property(entry.Key));
                }
            }

            return dictionary;
        }
    }

    /// <summary>A reader of a concrete collection, seen as one of the interfaces it implements.</summary>
    internal sealed class UpcastReader<TConcrete, T> : AirflowValueReader<T>
        where TConcrete : class
        where T : class
    {
        private readonly AirflowValueReader<TConcrete> _concrete;

        public UpcastReader(AirflowValueReader<TConcrete> concrete) => _concrete = concrete;

        internal override T ReadValue(PyValue value, JsonSerializerOptions? options) => (T)(object)_concrete.ReadValue(value, options)!;
    }

    /// <summary>A type whose metadata comes from System.Text.Json source generation (a <see cref="JsonSerializerContext"/>).</summary>
    internal sealed class TypeInfoReader<T> : AirflowValueReader<T>
    {
        private readonly Func<JsonTypeInfo<T>> _typeInfo;
        private JsonTypeInfo<T>? _resolved;

        public TypeInfoReader(Func<JsonTypeInfo<T>> typeInfo) => _typeInfo = typeInfo;

        // The caller's options do not apply: the context's own options (and what it was generated with) decide.
        internal override T ReadValue(PyValue value, JsonSerializerOptions? options) =>
            AirflowJson.DeserializeValue(value, _resolved ?? (_resolved = _typeInfo()));
    }

    /// <summary>
    /// The options a <see cref="JsonSerializerContext"/> is read with: its own, plus what Airflow's JSON needs in every
    /// read (property names matched ignoring case, NaN and the infinities in floating-point numbers), made once per context.
    /// </summary>
    internal static class ContextOptions
    {
        private static readonly ConditionalWeakTable<JsonSerializerContext, JsonSerializerOptions> Options = new ConditionalWeakTable<JsonSerializerContext, JsonSerializerOptions>();
        private static readonly ConditionalWeakTable<JsonSerializerContext, JsonSerializerOptions>.CreateValueCallback CreateCallback = Create;

        public static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerContext context)
        {
            JsonSerializerOptions options = Options.GetValue(context, CreateCallback);
            JsonTypeInfo? info;
            try
            {
                info = options.GetTypeInfo(typeof(T));
            }
            catch (NotSupportedException)
            {
                info = null;
            }

            if (info is JsonTypeInfo<T> typed) return typed;
            throw new InvalidOperationException(
                "The JsonSerializerContext " + context.GetType().FullName + " has no metadata for " + typeof(T).FullName
                + ": add [JsonSerializable(typeof(" + typeof(T).Name + "))] to it.");
        }

        private static JsonSerializerOptions Create(JsonSerializerContext context) =>
            new JsonSerializerOptions(context.Options)
            {
                PropertyNameCaseInsensitive = true,
                NumberHandling = context.Options.NumberHandling | JsonNumberHandling.AllowNamedFloatingPointLiterals,
                TypeInfoResolver = context,
            };
    }

    /// <summary>Any type, by reflection: the path of <see cref="AirflowValueReaders.Reflection{T}"/>, which carries the trimming warnings.</summary>
    internal sealed class ReflectionReader<T> : AirflowValueReader<T>
    {
        public static readonly ReflectionReader<T> Instance = new ReflectionReader<T>();

        private ReflectionReader()
        {
        }

        [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Only AirflowValueReaders.Reflection<T>() hands this reader out, and it carries RequiresUnreferencedCode.")]
        [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Only AirflowValueReaders.Reflection<T>() hands this reader out, and it carries RequiresDynamicCode.")]
        internal override T ReadValue(PyValue value, JsonSerializerOptions? options)
        {
            try
            {
                return JsonSerializer.Deserialize<T>(PyJson.ToStandardJson(value), options ?? AirflowJson.ReflectionOptions)!;
            }
            catch (JsonException ex)
            {
                throw ValueMismatchException.From(ex);
            }
        }
    }
}
