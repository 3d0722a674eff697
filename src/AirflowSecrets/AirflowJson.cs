using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AirflowSecrets.Python;

namespace AirflowSecrets
{
    /// <summary>
    /// JSON as Airflow reads it (<c>Variable.get(key, deserialize_json=True)</c> is Python's
    /// <c>json.loads</c>), bridged to System.Text.Json for typed results. For trimmed and Native AOT applications, read
    /// with an <see cref="AirflowValueReader{T}"/> from <see cref="AirflowValueReaders"/> instead of the reflection-based
    /// members here.
    /// </summary>
    public static class AirflowJson
    {
        internal const string ReflectionWarning =
            "Reads the type by System.Text.Json reflection, which trimming can break. Use an AirflowValueReader from AirflowValueReaders (FromContext for your own types) instead.";

        internal const string ReflectionDynamicWarning =
            "Reads the type by System.Text.Json reflection, which needs run-time code generation. Use an AirflowValueReader from AirflowValueReaders (FromContext for your own types) instead.";

        private static JsonSerializerOptions? _reflectionOptions;

        /// <summary>
        /// The serializer options of reflection-based reads when the caller gives none: property names matched without
        /// regard to case, NaN / Infinity accepted for floating-point members, and enums read from their names (as JSON
        /// strings, in any case) or their numbers.
        /// </summary>
        public static JsonSerializerOptions DefaultSerializerOptions
        {
            [RequiresUnreferencedCode(ReflectionWarning)]
            [RequiresDynamicCode(ReflectionDynamicWarning)]
            get => ReflectionOptions;
        }

        internal static JsonSerializerOptions ReflectionOptions
        {
            [RequiresUnreferencedCode(ReflectionWarning)]
            [RequiresDynamicCode(ReflectionDynamicWarning)]
            get
            {
                JsonSerializerOptions? options = _reflectionOptions;
                if (options != null) return options;
                options = new JsonSerializerOptions
                {
                    PropertyNameCaseInsensitive = true,
                    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
                    Converters = { new JsonStringEnumConverter() },
                };
                options.MakeReadOnly(populateMissingResolver: true);
                return System.Threading.Interlocked.CompareExchange(ref _reflectionOptions, options, null) ?? options;
            }
        }

        /// <summary>
        /// Parses <paramref name="json"/> with Python's <c>json.loads</c> rules and deserialises it into
        /// <typeparamref name="T"/> by reflection. Python accepts <c>NaN</c>, <c>Infinity</c>, huge numbers and duplicate
        /// keys (the last wins); so does this. In trimmed and AOT applications use
        /// <see cref="AirflowValueReader{T}.Read(string, JsonSerializerOptions, string)"/>.
        /// </summary>
        /// <exception cref="AirflowVariableFormatException">The text is not JSON Python accepts, or does not fit <typeparamref name="T"/>.</exception>
        [RequiresUnreferencedCode(ReflectionWarning)]
        [RequiresDynamicCode(ReflectionDynamicWarning)]
        public static T? Deserialize<T>(string json, JsonSerializerOptions? options = null, string? key = null) =>
            AirflowValueReaders.Reflection<T>().Read(json, options, key);

        /// <summary>Python's <c>json.loads</c>, failures named as a variable that cannot be read as <paramref name="target"/>.</summary>
        internal static PyValue Parse(string json, Type target, string? key)
        {
            try
            {
                return PyJson.Loads(json);
            }
            catch (PyJsonException ex)
            {
                throw new AirflowVariableFormatException(key, target, "the value is not valid JSON (" + ex.Message + ")");
            }
        }

        /// <summary>One parsed value through System.Text.Json metadata; a mismatch becomes a <see cref="ValueMismatchException"/>.</summary>
        internal static T DeserializeValue<T>(PyValue value, JsonTypeInfo<T> typeInfo)
        {
            try
            {
                return JsonSerializer.Deserialize(PyJson.ToStandardJson(value), typeInfo)!;
            }
            catch (JsonException ex)
            {
                throw ValueMismatchException.From(ex);
            }
        }

        [RequiresUnreferencedCode(ReflectionWarning)]
        [RequiresDynamicCode(ReflectionDynamicWarning)]
        internal static T? DeserializeStandard<T>(string standardJson, JsonSerializerOptions? options) =>
            JsonSerializer.Deserialize<T>(standardJson, options ?? ReflectionOptions);

        // JsonException.Path is a JSON path ("$.retries"); it never quotes a value. The message is not used:
        // System.Text.Json may quote the offending token in some messages.
        internal static string DescribePath(JsonException ex) =>
            string.IsNullOrEmpty(ex.Path) ? string.Empty : " at " + ex.Path;
    }
}
