using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AirflowSecrets
{
    /// <summary>
    /// Readers for typed variables (<see cref="AirflowValueReader{T}"/>), without reflection: the types AirflowSecrets
    /// knows, enums, <c>Nullable&lt;T&gt;</c>, arrays, lists, sets and dictionaries of them, and any type a
    /// <see cref="JsonSerializerContext"/> (System.Text.Json source generation) describes. The generated accessors use
    /// them; pass one to <see cref="AirflowSecretResolver.GetVariableAsync{T}(string, AirflowValueReader{T}, string, System.Threading.CancellationToken)"/>
    /// to read a key in a trimmed or Native AOT application.
    /// </summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Each reader is named after the type it reads, as JsonMetadataServices and Convert name theirs.")]
    public static class AirflowValueReaders
    {
        /// <summary><c>true</c> or <c>false</c>.</summary>
        public static AirflowValueReader<bool> Boolean { get; } = Known(JsonMetadataServices.BooleanConverter);

        /// <summary>A one-character string.</summary>
        public static AirflowValueReader<char> Char { get; } = Known(JsonMetadataServices.CharConverter);

        /// <summary>An integer in range.</summary>
        public static AirflowValueReader<sbyte> SByte { get; } = Known(JsonMetadataServices.SByteConverter);

        /// <summary>An integer in range.</summary>
        public static AirflowValueReader<byte> Byte { get; } = Known(JsonMetadataServices.ByteConverter);

        /// <summary>An integer in range.</summary>
        public static AirflowValueReader<short> Int16 { get; } = Known(JsonMetadataServices.Int16Converter);

        /// <summary>An integer in range.</summary>
        public static AirflowValueReader<ushort> UInt16 { get; } = Known(JsonMetadataServices.UInt16Converter);

        /// <summary>An integer in range (<c>3.0</c> is a float in Python, and not an <see cref="int"/>).</summary>
        public static AirflowValueReader<int> Int32 { get; } = Known(JsonMetadataServices.Int32Converter);

        /// <summary>An integer in range.</summary>
        public static AirflowValueReader<uint> UInt32 { get; } = Known(JsonMetadataServices.UInt32Converter);

        /// <summary>An integer in range.</summary>
        public static AirflowValueReader<long> Int64 { get; } = Known(JsonMetadataServices.Int64Converter);

        /// <summary>An integer in range.</summary>
        public static AirflowValueReader<ulong> UInt64 { get; } = Known(JsonMetadataServices.UInt64Converter);

        /// <summary>A number, <c>NaN</c>, <c>Infinity</c> or <c>-Infinity</c>.</summary>
        public static AirflowValueReader<float> Single { get; } = Known(JsonMetadataServices.SingleConverter);

        /// <summary>A number, <c>NaN</c>, <c>Infinity</c> or <c>-Infinity</c> (Python reads <c>1e400</c> as infinity, and so does this).</summary>
        public static AirflowValueReader<double> Double { get; } = Known(JsonMetadataServices.DoubleConverter);

        /// <summary>A number.</summary>
        public static AirflowValueReader<decimal> Decimal { get; } = Known(JsonMetadataServices.DecimalConverter);

        /// <summary>A JSON string (inside arrays, lists and dictionaries; a variable of type <see cref="string"/> is raw text and not read as JSON).</summary>
        public static AirflowValueReader<string> String { get; } = Untyped<string>(JsonMetadataServices.StringConverter);

        /// <summary>An ISO 8601 string.</summary>
        public static AirflowValueReader<DateTime> DateTime { get; } = Known(JsonMetadataServices.DateTimeConverter);

        /// <summary>An ISO 8601 string.</summary>
        public static AirflowValueReader<DateTimeOffset> DateTimeOffset { get; } = Known(JsonMetadataServices.DateTimeOffsetConverter);

        /// <summary>A string such as <c>"00:05:00"</c> or <c>"1.02:03:04.5"</c>.</summary>
        public static AirflowValueReader<TimeSpan> TimeSpan { get; } = Known(JsonMetadataServices.TimeSpanConverter);

        /// <summary>A string such as <c>"0f8fad5b-d9cb-469f-a165-70867728950e"</c>.</summary>
        public static AirflowValueReader<Guid> Guid { get; } = Known(JsonMetadataServices.GuidConverter);

        /// <summary>An absolute or relative URI string.</summary>
        public static AirflowValueReader<Uri> Uri { get; } = Untyped<Uri>(JsonMetadataServices.UriConverter);

#if NET
        /// <summary>A string such as <c>"2024-05-31"</c>.</summary>
        public static AirflowValueReader<DateOnly> DateOnly { get; } = Known(JsonMetadataServices.DateOnlyConverter);

        /// <summary>A string such as <c>"13:45:00"</c>.</summary>
        public static AirflowValueReader<TimeOnly> TimeOnly { get; } = Known(JsonMetadataServices.TimeOnlyConverter);
#endif

        /// <summary>Any JSON value, as an element (its <c>NaN</c> and infinities as the strings <c>"NaN"</c>, <c>"Infinity"</c>, <c>"-Infinity"</c>).</summary>
        public static AirflowValueReader<JsonElement> JsonElement { get; } = Known(JsonMetadataServices.JsonElementConverter);

        /// <summary>Any JSON value, as a node (<c>null</c> for JSON <c>null</c>).</summary>
        public static AirflowValueReader<JsonNode> JsonNode { get; } = Untyped<JsonNode>(JsonMetadataServices.JsonNodeConverter);

        /// <summary>A JSON object, as a node.</summary>
        public static AirflowValueReader<JsonObject> JsonObject { get; } = Untyped<JsonObject>(JsonMetadataServices.JsonObjectConverter);

        /// <summary>A JSON array, as a node.</summary>
        public static AirflowValueReader<JsonArray> JsonArray { get; } = Untyped<JsonArray>(JsonMetadataServices.JsonArrayConverter);

        /// <summary>An enum, by member name (any case; flags as <c>"A, B"</c>) or by number, as a JSON string or number.</summary>
        /// <typeparam name="TEnum">The enum.</typeparam>
        public static AirflowValueReader<TEnum> Enum<TEnum>()
            where TEnum : struct, global::System.Enum => EnumReaders<TEnum>.Instance;

        /// <summary><c>null</c> for JSON <c>null</c>, else what <paramref name="reader"/> reads.</summary>
        public static AirflowValueReader<T?> Nullable<T>(AirflowValueReader<T> reader)
            where T : struct => new NullableReader<T>(reader ?? throw new ArgumentNullException(nameof(reader)));

        /// <summary>A JSON array into an array, each item read by <paramref name="elementReader"/>.</summary>
        public static AirflowValueReader<T[]> Array<T>(AirflowValueReader<T> elementReader) =>
            new ArrayReader<T>(elementReader ?? throw new ArgumentNullException(nameof(elementReader)));

        /// <summary>
        /// A JSON array into <typeparamref name="TCollection"/>: <see cref="List{T}"/> or an interface it implements
        /// (<see cref="IList{T}"/>, <see cref="IReadOnlyList{T}"/>, <see cref="IEnumerable{T}"/>…) gets a list,
        /// <see cref="HashSet{T}"/> or <see cref="ISet{T}"/> a set, as System.Text.Json creates them.
        /// </summary>
        /// <exception cref="ArgumentException"><typeparamref name="TCollection"/> is none of these.</exception>
        public static AirflowValueReader<TCollection> Collection<TCollection, TElement>(AirflowValueReader<TElement> elementReader)
            where TCollection : class, IEnumerable<TElement>
        {
            if (elementReader is null) throw new ArgumentNullException(nameof(elementReader));
            if (typeof(TCollection) == typeof(List<TElement>)) return (AirflowValueReader<TCollection>)(object)new ListReader<TElement>(elementReader);
            if (typeof(TCollection).IsAssignableFrom(typeof(List<TElement>))) return new UpcastReader<List<TElement>, TCollection>(new ListReader<TElement>(elementReader));
            if (typeof(TCollection) == typeof(HashSet<TElement>)) return (AirflowValueReader<TCollection>)(object)new HashSetReader<TElement>(elementReader);
            if (typeof(TCollection).IsAssignableFrom(typeof(HashSet<TElement>))) return new UpcastReader<HashSet<TElement>, TCollection>(new HashSetReader<TElement>(elementReader));
            throw new ArgumentException(typeof(TCollection).FullName + " is neither List<T>, HashSet<T> nor an interface one of them implements.", nameof(TCollection));
        }

        /// <summary>
        /// A JSON object into <typeparamref name="TDictionary"/>: <see cref="Dictionary{TKey, TValue}"/> with string keys or an
        /// interface it implements (<see cref="IDictionary{TKey, TValue}"/>, <see cref="IReadOnlyDictionary{TKey, TValue}"/>).
        /// </summary>
        /// <exception cref="ArgumentException"><typeparamref name="TDictionary"/> is none of these.</exception>
        public static AirflowValueReader<TDictionary> Dictionary<TDictionary, TValue>(AirflowValueReader<TValue> valueReader)
            where TDictionary : class, IEnumerable<KeyValuePair<string, TValue>>
        {
            if (valueReader is null) throw new ArgumentNullException(nameof(valueReader));
            if (typeof(TDictionary) == typeof(Dictionary<string, TValue>)) return (AirflowValueReader<TDictionary>)(object)new DictionaryReader<TValue>(valueReader);
            if (typeof(TDictionary).IsAssignableFrom(typeof(Dictionary<string, TValue>))) return new UpcastReader<Dictionary<string, TValue>, TDictionary>(new DictionaryReader<TValue>(valueReader));
            throw new ArgumentException(typeof(TDictionary).FullName + " is neither Dictionary<string, TValue> nor an interface it implements.", nameof(TDictionary));
        }

        /// <summary>
        /// Any type <paramref name="context"/> has metadata for (System.Text.Json source generation:
        /// <c>[JsonSerializable(typeof(T))]</c> on a <c>partial class … : JsonSerializerContext</c>): works trimmed and under
        /// Native AOT. The context's options apply, with property names matched ignoring case and <c>NaN</c>/<c>Infinity</c>
        /// accepted in floating-point members, as in every typed read. Enum members are read by name only where the context
        /// says so (<c>UseStringEnumConverter = true</c> in <c>[JsonSourceGenerationOptions]</c>).
        /// </summary>
        /// <exception cref="InvalidOperationException">On the first read: the context has no metadata for <typeparamref name="T"/>.</exception>
        public static AirflowValueReader<T> FromContext<T>(JsonSerializerContext context)
        {
            if (context is null) throw new ArgumentNullException(nameof(context));
            return new TypeInfoReader<T>(() => ContextOptions.TypeInfo<T>(context));
        }

        /// <summary>A type through its source-generated metadata as it is (for example <c>MyContext.Default.Settings</c>), with its own options only.</summary>
        public static AirflowValueReader<T> FromTypeInfo<T>(JsonTypeInfo<T> typeInfo)
        {
            if (typeInfo is null) throw new ArgumentNullException(nameof(typeInfo));
            return new TypeInfoReader<T>(() => typeInfo);
        }

        /// <summary>
        /// Any type System.Text.Json can create, by reflection, with the caller's options or
        /// <see cref="AirflowJson.DefaultSerializerOptions"/>. Not for trimmed or Native AOT applications: use
        /// <see cref="FromContext{T}"/> there.
        /// </summary>
        [RequiresUnreferencedCode(AirflowJson.ReflectionWarning)]
        [RequiresDynamicCode(AirflowJson.ReflectionDynamicWarning)]
        public static AirflowValueReader<T> Reflection<T>() => ReflectionReader<T>.Instance;

        private static AirflowValueReader<T> Known<T>(JsonConverter<T> converter) => new ConverterReader<T>(_ => converter);

        // The converters of reference types are typed as nullable (JSON null reads as null).
        private static AirflowValueReader<T> Untyped<T>(JsonConverter converter)
            where T : class => new ConverterReader<T>(_ => converter);

        // One reader per enum type: by name or number, as JsonStringEnumConverter reads (its generic form needs no reflection).
        private static class EnumReaders<TEnum>
            where TEnum : struct, global::System.Enum
        {
            public static readonly AirflowValueReader<TEnum> Instance =
                new ConverterReader<TEnum>(options => new JsonStringEnumConverter<TEnum>().CreateConverter(typeof(TEnum), options)!);
        }
    }
}
