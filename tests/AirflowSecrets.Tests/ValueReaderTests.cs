using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using AirflowSecrets.Backends;

namespace AirflowSecrets.Tests;

public enum Cadence
{
    Hourly = 1,
    Daily = 2,
}

[Flags]
public enum Weekdays
{
    None = 0,
    Monday = 1,
    Tuesday = 2,
}

public sealed record ReaderSettings(int Retries, double Ratio, Cadence Cadence, IReadOnlyList<string> Tables);

public sealed record NotInTheContext(int X);

[JsonSerializable(typeof(ReaderSettings))]
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
public sealed partial class ReaderTestJsonContext : JsonSerializerContext;

/// <summary>
/// The reflection-free readers the generated code uses read exactly what the reflection-based path reads (Python's
/// json.loads, then System.Text.Json): the same value, or the same failure with the same message.
/// </summary>
public sealed class ValueReaderTests
{
    // Numbers, text, literals and containers, including what Python accepts and standard JSON does not.
    private static readonly string[] Scalars =
    {
        "3", "-0", "3.0", "1e2", "255", "256", "-129", "4294967296", "123456789012345678901234567890", "2.5", "-0.0",
        "NaN", "Infinity", "-Infinity", "1e400", "\"3\"", "\"NaN\"", "true", "false", "null", "\"x\"", "\"\"", "\"ab\"",
        "\"2024-05-31\"", "\"2024-05-31T10:00:00\"", "\"2024-05-31T10:00:00+02:00\"", "\"2024-05-31T10:00:00Z\"", "\"13:45:00\"",
        "\"00:05:00\"", "\"1.02:03:04.5\"", "\"five minutes\"", "\"0f8fad5b-d9cb-469f-a165-70867728950e\"", "\"{0f8fad5b-d9cb-469f-a165-70867728950e}\"",
        "\"https://example.com/a?b=c\"", "\"relative/path\"", "\"Daily\"", "\"daily\"", "\"DAILY\"", "2", "\"2\"", "7", "\"Monday, Tuesday\"",
        "[1, 2]", "{\"a\": 1}", "  4\n",
    };

    private static readonly string[] Containers =
    {
        "[]", "[1, 2, 3]", "[1, 2, null]", "[1, \"2\"]", "[1.5]", "[NaN, Infinity]", "[\"a\", null, \"b\"]", "[\"Daily\", 1]", "[[1]]",
        "null", "3", "{}", "{\"a\": 1, \"b\": 2}", "{\"a\": 1, \"a\": 2}", "{\"a\": \"x\"}", "{\"odd key\": \"x\"}", "{\"a\": null}",
        "[1, 1, 2]", "{\"a\": [1, 2], \"b\": []}", "{\"a\": NaN}",
    };

    public static IEnumerable<object[]> ScalarInputs() => Scalars.Select(s => new object[] { s });

    public static IEnumerable<object[]> ContainerInputs() => Containers.Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(ScalarInputs))]
    public void Known_types_read_what_the_reflection_path_reads(string json)
    {
        Same(json, AirflowValueReaders.Boolean);
        Same(json, AirflowValueReaders.Char);
        Same(json, AirflowValueReaders.SByte);
        Same(json, AirflowValueReaders.Byte);
        Same(json, AirflowValueReaders.Int16);
        Same(json, AirflowValueReaders.UInt16);
        Same(json, AirflowValueReaders.Int32);
        Same(json, AirflowValueReaders.UInt32);
        Same(json, AirflowValueReaders.Int64);
        Same(json, AirflowValueReaders.UInt64);
        Same(json, AirflowValueReaders.Single);
        Same(json, AirflowValueReaders.Double);
        Same(json, AirflowValueReaders.Decimal);
        Same(json, AirflowValueReaders.String);
        Same(json, AirflowValueReaders.DateTime);
        Same(json, AirflowValueReaders.DateTimeOffset);
        Same(json, AirflowValueReaders.TimeSpan);
        Same(json, AirflowValueReaders.Guid);
        Same(json, AirflowValueReaders.Uri);
        Same(json, AirflowValueReaders.DateOnly);
        Same(json, AirflowValueReaders.TimeOnly);
        Same(json, AirflowValueReaders.JsonElement);
        Same(json, AirflowValueReaders.JsonNode);
        Same(json, AirflowValueReaders.JsonObject);
        Same(json, AirflowValueReaders.JsonArray);
        Same(json, AirflowValueReaders.Enum<Cadence>());
        Same(json, AirflowValueReaders.Enum<Weekdays>());
        Same(json, AirflowValueReaders.Nullable(AirflowValueReaders.Int32));
        Same(json, AirflowValueReaders.Nullable(AirflowValueReaders.Double));
        Same(json, AirflowValueReaders.Nullable(AirflowValueReaders.Enum<Cadence>()));
    }

    [Theory]
    [MemberData(nameof(ContainerInputs))]
    public void Arrays_lists_sets_and_dictionaries_read_what_the_reflection_path_reads(string json)
    {
        Same(json, AirflowValueReaders.Array(AirflowValueReaders.Int32));
        Same(json, AirflowValueReaders.Array(AirflowValueReaders.Nullable(AirflowValueReaders.Int32)));
        Same(json, AirflowValueReaders.Array(AirflowValueReaders.String));
        Same(json, AirflowValueReaders.Array(AirflowValueReaders.Double));
        Same(json, AirflowValueReaders.Array(AirflowValueReaders.Array(AirflowValueReaders.Int32)));
        Same(json, AirflowValueReaders.Collection<List<int>, int>(AirflowValueReaders.Int32));
        Same(json, AirflowValueReaders.Collection<IReadOnlyList<string>, string>(AirflowValueReaders.String));
        Same(json, AirflowValueReaders.Collection<IEnumerable<Cadence>, Cadence>(AirflowValueReaders.Enum<Cadence>()));
        Same(json, AirflowValueReaders.Collection<ICollection<double>, double>(AirflowValueReaders.Double));
        Same(json, AirflowValueReaders.Collection<HashSet<int>, int>(AirflowValueReaders.Int32));
        Same(json, AirflowValueReaders.Collection<ISet<int>, int>(AirflowValueReaders.Int32));
        Same(json, AirflowValueReaders.Dictionary<Dictionary<string, int>, int>(AirflowValueReaders.Int32));
        Same(json, AirflowValueReaders.Dictionary<IReadOnlyDictionary<string, string>, string>(AirflowValueReaders.String));
        Same(json, AirflowValueReaders.Dictionary<IDictionary<string, double>, double>(AirflowValueReaders.Double));
        Same(json, AirflowValueReaders.Dictionary<Dictionary<string, int[]>, int[]>(AirflowValueReaders.Array(AirflowValueReaders.Int32)));
        Same(json, AirflowValueReaders.Collection<List<JsonElement>, JsonElement>(AirflowValueReaders.JsonElement));
    }

    [Theory]
    [InlineData("\"5\"", "[\"1\", 2]")]
    [InlineData("5", "[1]")]
    public void The_callers_serializer_options_apply_as_they_do_by_reflection(string scalar, string list)
    {
        var options = new JsonSerializerOptions { NumberHandling = JsonNumberHandling.AllowReadingFromString };
        Same(scalar, AirflowValueReaders.Int32, options);
        Same(list, AirflowValueReaders.Collection<List<int>, int>(AirflowValueReaders.Int32), options);
        Assert.Equal(5, AirflowValueReaders.Int32.Read("\"5\"", options));
    }

    [Fact]
    public void A_converter_the_caller_registers_wins_over_the_built_in_one()
    {
        var options = new JsonSerializerOptions { Converters = { new TenTimesConverter() } };
        Assert.Equal(30, AirflowValueReaders.Int32.Read("3", options));
        Assert.Equal(new[] { 10, 20 }, AirflowValueReaders.Array(AirflowValueReaders.Int32).Read("[1, 2]", options));
        Assert.Equal(3, AirflowValueReaders.Int32.Read("3"));
    }

    [Fact]
    public void Enums_read_by_name_in_any_case_or_by_number_even_with_options_that_do_not_say_so()
    {
        var plain = new JsonSerializerOptions();
        Assert.Equal(Cadence.Daily, AirflowValueReaders.Enum<Cadence>().Read("\"daily\"", plain));
        Assert.Equal(Cadence.Daily, AirflowValueReaders.Enum<Cadence>().Read("2", plain));
        Assert.Equal(Weekdays.Monday | Weekdays.Tuesday, AirflowValueReaders.Enum<Weekdays>().Read("\"Monday, Tuesday\""));
    }

    [Fact]
    public void A_record_through_a_json_serializer_context_reads_names_in_any_case_and_python_nan()
    {
        AirflowValueReader<ReaderSettings> reader = AirflowValueReaders.FromContext<ReaderSettings>(ReaderTestJsonContext.Default);
        ReaderSettings settings = reader.Read("{\"retries\": 1, \"RETRIES\": 3, \"ratio\": NaN, \"cadence\": \"daily\", \"tables\": [\"a\"]}");
        Assert.Equal(3, settings.Retries);
        Assert.True(double.IsNaN(settings.Ratio));
        Assert.Equal(Cadence.Daily, settings.Cadence);
        Assert.Equal(new[] { "a" }, settings.Tables);

        var ex = Assert.Throws<AirflowVariableFormatException>(() => reader.Read("{\"Retries\": \"s3cret-canary\"}", key: "settings"));
        Assert.Contains("at $.Retries", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-canary", ex.Message, StringComparison.Ordinal);
        Assert.Equal(typeof(ReaderSettings), ex.TargetType);
    }

    [Fact]
    public void Records_in_lists_and_dictionaries_are_read_through_the_context_and_failures_name_the_whole_path()
    {
        var reader = AirflowValueReaders.Dictionary<Dictionary<string, ReaderSettings[]>, ReaderSettings[]>(
            AirflowValueReaders.Array(AirflowValueReaders.FromContext<ReaderSettings>(ReaderTestJsonContext.Default)));
        Dictionary<string, ReaderSettings[]> read = reader.Read("{\"prod\": [{\"Retries\": 2, \"Ratio\": 1, \"Cadence\": 1, \"Tables\": []}]}");
        Assert.Equal(2, read["prod"][0].Retries);

        var ex = Assert.Throws<AirflowVariableFormatException>(() => reader.Read("{\"prod\": [{}, {\"Retries\": true}]}", key: "k"));
        Assert.Contains("at $.prod[1].Retries", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_context_without_the_type_says_which_attribute_is_missing()
    {
        AirflowValueReader<NotInTheContext> reader = AirflowValueReaders.FromContext<NotInTheContext>(ReaderTestJsonContext.Default);
        var ex = Assert.Throws<InvalidOperationException>(() => reader.Read("{\"X\": 1}"));
        Assert.Contains(nameof(ReaderTestJsonContext), ex.Message, StringComparison.Ordinal);
        Assert.Contains("[JsonSerializable(typeof(NotInTheContext))]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Type_info_from_a_context_reads_with_that_contexts_options_alone()
    {
        AirflowValueReader<ReaderSettings> reader = AirflowValueReaders.FromTypeInfo(ReaderTestJsonContext.Default.ReaderSettings);
        Assert.Equal(4, reader.Read("{\"Retries\": 4, \"Ratio\": 0, \"Cadence\": \"Hourly\", \"Tables\": []}").Retries);
        Assert.Equal(0, reader.Read("{\"retries\": 4}").Retries);
    }

    [Fact]
    public void Collections_the_readers_cannot_create_are_refused_when_the_reader_is_made()
    {
        Assert.Throws<ArgumentException>(() => AirflowValueReaders.Collection<LinkedList<int>, int>(AirflowValueReaders.Int32));
        Assert.Throws<ArgumentException>(() => AirflowValueReaders.Dictionary<SortedDictionary<string, int>, int>(AirflowValueReaders.Int32));
    }

    [Fact]
    public void Text_python_rejects_is_named_as_not_json_without_the_value()
    {
        var ex = Assert.Throws<AirflowVariableFormatException>(() => AirflowValueReaders.Int32.Read("{'s3cret-canary': 1}", key: "retries"));
        Assert.Contains("not valid JSON", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-canary", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_resolver_and_the_snapshot_read_with_a_reader_and_cache_immutable_results()
    {
        var backend = new InMemorySecretsBackend().SetVariable("retries", "5").SetVariable("ratio", "NaN").SetVariable("targets", "[\"a\", \"b\"]");
        var resolver = new AirflowSecretResolver(new IAirflowSecretsBackend[] { backend });
        Assert.Equal(5, await resolver.GetVariableAsync("retries", AirflowValueReaders.Int32));
        Assert.True(double.IsNaN(await resolver.GetVariableAsync("ratio", AirflowValueReaders.Double)));
        Assert.Equal(7, await resolver.GetVariableOrDefaultAsync("absent", 7, AirflowValueReaders.Int32));
        Assert.Null(await resolver.GetVariableOrDefaultAsync("absent", null, AirflowValueReaders.Nullable(AirflowValueReaders.Int32)));

        // Warm: a second read of an immutable type is served from the cache, already typed (nothing allocated).
        ValueTask<int> warm = resolver.GetVariableAsync("retries", AirflowValueReaders.Int32);
        Assert.True(warm.IsCompletedSuccessfully);
        Assert.Equal(5, await warm);

        AirflowSecretsSnapshot snapshot = await resolver.LoadAsync(new[] { AirflowSecretKey.Variable("retries"), AirflowSecretKey.Variable("targets") });
        Assert.Equal(5, snapshot.GetVariable("retries", AirflowValueReaders.Int32));
        Assert.Equal(new[] { "a", "b" }, snapshot.GetVariable("targets", AirflowValueReaders.Collection<IReadOnlyList<string>, string>(AirflowValueReaders.String)));
    }

    // The reader's answer and the reflection path's: equal values (compared as JSON), or failures with equal messages.
    private static void Same<T>(string json, AirflowValueReader<T> reader, JsonSerializerOptions? options = null)
    {
        (string? value, string? failure) expected = Outcome(() => AirflowJson.Deserialize<T>(json, options, key: "k"));
        (string? value, string? failure) actual = Outcome(() => reader.Read(json, options, key: "k"));
        Assert.True(expected == actual, $"{typeof(T)} from {json}: reflection gave {Describe(expected)}, the reader {Describe(actual)}");
    }

    private static (string? Value, string? Failure) Outcome<T>(Func<T> read)
    {
        try
        {
            T value = read();
            string type = value?.GetType().Name ?? "null";
            return (type + ":" + JsonSerializer.Serialize(value, Comparison), null);
        }
        catch (AirflowVariableFormatException ex)
        {
            return (null, ex.Message);
        }
    }

    private static string Describe((string? Value, string? Failure) outcome) => outcome.Failure is null ? "value " + outcome.Value : "failure '" + outcome.Failure + "'";

    private static readonly JsonSerializerOptions Comparison = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    private sealed class TenTimesConverter : JsonConverter<int>
    {
        public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetInt32() * 10;

        public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }
}
