using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using AirflowSecrets.Python;

namespace AirflowSecrets
{
    /// <summary>
    /// JSON as Airflow reads it (<c>Variable.get(key, deserialize_json=True)</c> is Python's
    /// <c>json.loads</c>), bridged to System.Text.Json for typed results.
    /// </summary>
    public static class AirflowJson
    {
        /// <summary>
        /// The serializer options used when the caller gives none: property names matched without regard
        /// to case, NaN / Infinity accepted for floating-point members, and enums read from their names
        /// (as JSON strings, in any case) or their numbers.
        /// </summary>
        public static JsonSerializerOptions DefaultSerializerOptions { get; } = CreateDefaultOptions();

        private static JsonSerializerOptions CreateDefaultOptions()
        {
            var options = new JsonSerializerOptions
            {
                PropertyNameCaseInsensitive = true,
                NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
                Converters = { new JsonStringEnumConverter() },
            };
            options.MakeReadOnly(populateMissingResolver: true);
            return options;
        }

        /// <summary>
        /// Parses <paramref name="json"/> with Python's <c>json.loads</c> rules and deserialises it into
        /// <typeparamref name="T"/>. Python accepts <c>NaN</c>, <c>Infinity</c>, huge numbers and duplicate
        /// keys (the last wins); so does this.
        /// </summary>
        /// <exception cref="AirflowVariableFormatException">The text is not JSON Python accepts, or does not fit <typeparamref name="T"/>.</exception>
        public static T? Deserialize<T>(string json, JsonSerializerOptions? options = null, string? key = null)
        {
            if (json is null) throw new ArgumentNullException(nameof(json));
            PyValue value;
            try
            {
                value = PyJson.Loads(json);
            }
            catch (PyJsonException ex)
            {
                throw new AirflowVariableFormatException(key, typeof(T), "the value is not valid JSON (" + ex.Message + ")");
            }

            try
            {
                return DeserializeStandard<T>(PyJson.ToStandardJson(value), options);
            }
            catch (JsonException ex)
            {
                throw new AirflowVariableFormatException(key, typeof(T), "the JSON does not fit the type" + DescribePath(ex));
            }
            catch (NotSupportedException ex)
            {
                throw new AirflowVariableFormatException(key, typeof(T), "System.Text.Json cannot create the type", ex);
            }
        }

        internal static T? DeserializeStandard<T>(string standardJson, JsonSerializerOptions? options) =>
            JsonSerializer.Deserialize<T>(standardJson, options ?? DefaultSerializerOptions);

        // JsonException.Path is a JSON path ("$.retries"); it never quotes a value. The message is not used:
        // System.Text.Json may quote the offending token in some messages.
        internal static string DescribePath(JsonException ex) =>
            string.IsNullOrEmpty(ex.Path) ? string.Empty : " at " + ex.Path;
    }
}
