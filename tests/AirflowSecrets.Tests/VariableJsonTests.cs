using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using AirflowSecrets.Python;

namespace AirflowSecrets.Tests;

public sealed class VariableJsonTests
{
    public sealed record RetryPolicy(int MaxAttempts, double Backoff, [property: JsonPropertyName("on_codes")] int[] OnCodes);

    private static AirflowSecretResolver ResolverWith(string key, string value) =>
        new(new IAirflowSecretsBackend[] { new InMemorySecretsBackend().SetVariable(key, value) });

    [Theory]
    [InlineData("NaN", double.NaN)]
    [InlineData("Infinity", double.PositiveInfinity)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    [InlineData("1e400", double.PositiveInfinity)]
    [InlineData("-1e400", double.NegativeInfinity)]
    [InlineData("  2.5\n", 2.5)]
    public async Task Doubles_read_what_python_json_loads_reads(string stored, double expected)
    {
        Assert.Equal(expected, await ResolverWith("x", stored).GetVariableAsync<double>("x"));
    }

    [Fact]
    public async Task Records_and_collections_deserialise_with_the_last_duplicate_key_winning()
    {
        var resolver = ResolverWith("policy", "{\"maxAttempts\": 1, \"MaxAttempts\": 3, \"backoff\": NaN, \"on_codes\": [429, 503]}");
        RetryPolicy policy = await resolver.GetVariableAsync<RetryPolicy>("policy");
        Assert.Equal(3, policy.MaxAttempts);
        Assert.True(double.IsNaN(policy.Backoff));
        Assert.Equal(new[] { 429, 503 }, policy.OnCodes);
        Assert.Equal(new Dictionary<string, int> { ["a"] = 2 }, await ResolverWith("d", "{\"a\": 1, \"a\": 2}").GetVariableAsync<Dictionary<string, int>>("d"));
    }

    [Theory]
    [InlineData("\uFEFF{}")]
    [InlineData("{\"a\": 1,}")]
    [InlineData("{'a': 1}")]
    [InlineData("01")]
    [InlineData("")]
    [InlineData("[1] [2]")]
    [InlineData("\"tab\there\"")]
    public void Json_python_rejects_is_rejected(string stored)
    {
        Assert.Throws<PyJsonException>(() => PyJson.Loads(stored));
    }

    [Fact]
    public async Task A_value_that_does_not_fit_the_type_names_the_key_and_the_path()
    {
        var ex = await Assert.ThrowsAsync<AirflowVariableFormatException>(async () =>
            await ResolverWith("policy", "{\"MaxAttempts\": \"three\", \"Backoff\": 1, \"on_codes\": []}").GetVariableAsync<RetryPolicy>("policy"));
        Assert.Equal("policy", ex.Key);
        Assert.Equal(typeof(RetryPolicy), ex.TargetType);
        Assert.Contains("$.MaxAttempts", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("three", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"b\": 1, \"a\": [true, null, 1.0, 1e16, 1e-05, 0.0001, -0.0, 123456789012345678901234567890]}", "{\"b\": 1, \"a\": [true, null, 1.0, 1e+16, 1e-05, 0.0001, -0.0, 123456789012345678901234567890]}")]
    [InlineData("{\"k\": \"caf\\u00e9 \\ud83d\\ude00 \\\"q\\\" \\u007f\"}", "{\"k\": \"caf\\u00e9 \\ud83d\\ude00 \\\"q\\\" \\u007f\"}")]
    [InlineData("[NaN, Infinity, -Infinity, 1.5, 100.0, 1E2]", "[NaN, Infinity, -Infinity, 1.5, 100.0, 100.0]")]
    public void Dumps_formats_like_python_json_dumps(string json, string expected)
    {
        Assert.Equal(expected, PyJson.Dumps(PyJson.Loads(json)));
    }

    [Fact]
    public void Nesting_is_accepted_to_the_depth_python_accepts_at_a_script_s_top_level()
    {
        // CPython 3.11.7: json.loads called from a function at a script's top level accepts 994 levels, not 995.
        Assert.Equal(PyKind.List, PyJson.Loads(new string('[', 994) + new string(']', 994)).Kind);
        Assert.Equal(PyKind.Dict, PyJson.Loads(string.Concat(Enumerable.Repeat("{\"a\": ", 994)) + "1" + new string('}', 994)).Kind);
        var ex = Assert.Throws<PyJsonException>(() => PyJson.Loads(new string('[', 995) + new string(']', 995)));
        Assert.False(ex.IsDecodeError);
    }

    [Fact]
    public void Integers_of_more_than_4300_digits_are_refused_as_python_refuses_them()
    {
        Assert.Equal(4300, PyJson.Loads(new string('9', 4300)).IntText!.Length);
        Assert.Equal(4301, PyJson.Loads("-" + new string('9', 4300)).IntText!.Length);
        Assert.Equal(PyKind.Float, PyJson.Loads(new string('9', 4301) + ".0").Kind);
        var ex = Assert.Throws<PyJsonException>(() => PyJson.Loads("[" + new string('9', 4301) + "]"));
        Assert.False(ex.IsDecodeError);
        Assert.Throws<AirflowVariableFormatException>(() => AirflowJson.Deserialize<System.Text.Json.JsonElement>(new string('1', 4301), key: "big"));
    }

    [Fact]
    public async Task A_lone_surrogate_is_a_one_unit_string_as_in_python()
    {
        // The maintainers' case: the variable "\ud800" (JSON text with the escape) is Python's '\ud800'.
        PyValue value = PyJson.Loads("\"\\ud800\"");
        Assert.Equal(PyKind.String, value.Kind);
        Assert.Equal("\uD800", value.String);
        Assert.Equal("\"\\ud800\"", PyJson.Dumps(value));
        // Read without deserialize_json the variable is the stored text itself.
        Assert.Equal("\uD800", await ResolverWith("s", "\uD800").GetVariableAsync("s"));
    }
}
