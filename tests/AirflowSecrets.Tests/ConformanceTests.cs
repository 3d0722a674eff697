using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using AirflowSecrets.Python;
using AirflowSecrets.Tests.Support;

namespace AirflowSecrets.Tests;

/// <summary>
/// Airflow's own behaviour, recorded by running Airflow's code: every vector file in Conformance/ (vectors.json,
/// fuzz-public.json; copied with their provenance), or only the file named by AIRFLOWSECRETS_CONFORMANCE_VECTORS,
/// checked one test case per vector. Where a vector falls under a deliberate difference (README, "Where we
/// deliberately differ from Airflow"), the case asserts our documented behaviour instead.
/// </summary>
[Trait("Category", "Conformance")]
public sealed class ConformanceTests
{
    private static readonly Lazy<Dictionary<string, Dictionary<string, JsonElement>>> Vectors = new(LoadVectors);

    /// <summary>The vector files run: the override, or every vector file in the Conformance folder.</summary>
    public static IReadOnlyList<string> VectorFiles
    {
        get
        {
            string? overridePath = Environment.GetEnvironmentVariable("AIRFLOWSECRETS_CONFORMANCE_VECTORS");
            if (!string.IsNullOrEmpty(overridePath)) return new[] { Path.GetFullPath(overridePath) };
            return Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Conformance"), "*.json").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        }
    }

    private static Dictionary<string, Dictionary<string, JsonElement>> LoadVectors()
    {
        var files = new Dictionary<string, Dictionary<string, JsonElement>>(StringComparer.Ordinal);
        foreach (string file in VectorFiles)
        {
            // Some variable_json vectors nest ~994 levels deep (Python's json.loads accepts up to ~994 in a value).
            using var document = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { MaxDepth = 2048 });
            var vectors = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (JsonElement vector in document.RootElement.GetProperty("vectors").EnumerateArray())
            {
                vectors.Add(vector.GetProperty("id").GetString()!, vector.Clone());
            }

            files.Add(Path.GetFileName(file), vectors);
        }

        return files;
    }

    public static TheoryData<string, string> VectorIds()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Vectors.Value)
        {
            foreach (string id in file.Value.Keys) data.Add(file.Key, id);
        }

        return data;
    }

    [Fact]
    public void Every_vector_file_holds_vectors()
    {
        Assert.NotEmpty(VectorFiles);
        foreach (string file in VectorFiles)
        {
            Assert.True(File.Exists(file), "missing " + file);
            Assert.NotEmpty(Vectors.Value[Path.GetFileName(file)]);
        }

        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("AIRFLOWSECRETS_CONFORMANCE_VECTORS")))
        {
            Assert.Equal(new[] { "fuzz-public.json", "vectors.json" }, Vectors.Value.Keys.OrderBy(k => k, StringComparer.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(VectorIds))]
    public async Task Vector(string file, string id)
    {
        JsonElement vector = Vectors.Value[file][id];
        JsonElement input = vector.GetProperty("input");
        JsonElement expected = vector.GetProperty("expected");
        string kind = vector.GetProperty("kind").GetString()!;
        switch (kind)
        {
            case "secret_name": await CheckSecretName(input, expected); break;
            case "build_path": CheckBuildPath(input, expected); break;
            case "parse": await CheckParse(input, expected.GetProperty("sdk")); break;
            case "get_uri": CheckGetUri(input, expected.GetProperty("sdk")); break;
            case "variable_json": CheckVariableJson(input, expected); break;
            default: Assert.Fail($"vector {id} has the unknown kind '{kind}'"); break;
        }
    }

    private static AirflowSecretKind LookupKind(string lookup) => lookup switch
    {
        "variable" => AirflowSecretKind.Variable,
        "connection" => AirflowSecretKind.Connection,
        "config" => AirflowSecretKind.Config,
        _ => throw new InvalidOperationException("unknown lookup " + lookup),
    };

    private static string? OptionalText(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) ? JsonAssert.Text(value) : null;

    private static string[] Texts(JsonElement array) => array.EnumerateArray().Select(n => JsonAssert.Text(n)!).ToArray();

    private static bool IsError(JsonElement expected) =>
        expected.TryGetProperty("error", out JsonElement error) && error.ValueKind != JsonValueKind.Null;

    private static async Task CheckSecretName(JsonElement input, JsonElement expected)
    {
        AirflowSecretKind kind = LookupKind(input.GetProperty("lookup").GetString()!);
        string key = JsonAssert.Text(input.GetProperty("key"))!;
        string? team = OptionalText(input, "team_name");

        // Configure the backend the way a deployment does: through AIRFLOW__SECRETS__BACKEND_KWARGS, written with
        // the vector's own JSON text (a JsonElement could not carry a lone surrogate through a serializer).
        bool hasPrefix = input.TryGetProperty("prefix", out JsonElement prefix);
        bool hasSeparator = input.TryGetProperty("sep", out JsonElement sep);
        var kwargs = new StringBuilder("{\"vault_url\": \"" + FakeKeyVaultHandler.VaultUrl + "\"");
        if (hasPrefix) kwargs.Append(", \"").Append(AirflowSecretKindInfo.Of(kind).PrefixKwarg).Append("\": ").Append(prefix.GetRawText());
        if (hasSeparator) kwargs.Append(", \"sep\": ").Append(sep.GetRawText());
        string kwargsJson = kwargs.Append('}').ToString();

        bool nonStringPrefix = hasPrefix && prefix.ValueKind is not (JsonValueKind.String or JsonValueKind.Null);
        // Deliberate difference 2 covers every sep that is not a non-empty string.
        bool emptySeparator = hasSeparator && (sep.ValueKind != JsonValueKind.String || JsonAssert.Text(sep)!.Length == 0);
        bool airflowErrors = IsError(expected);

        var handler = new FakeKeyVaultHandler();
        AzureKeyVaultBackendOptions options;
        AzureKeyVaultBackend backend;
        try
        {
            options = AirflowSecretsEnvironment.ParseKwargs(kwargsJson);
            backend = handler.CreateBackend(options);
        }
        catch (AirflowSecretsConfigurationException ex)
        {
            // Deliberate differences 1 and 2: a non-string prefix or an empty sep is a configuration error
            // naming the kwarg; any other configuration error must match an Airflow error.
            Assert.True(nonStringPrefix || emptySeparator || airflowErrors, "unexpected configuration error: " + ex.Message);
            Assert.NotNull(ex.Setting);
            Assert.Contains(ex.Setting!, ex.Message, StringComparison.Ordinal);
            return;
        }

        Assert.False(nonStringPrefix, "a non-string prefix must be a configuration error (deliberate difference 1)");
        Assert.False(emptySeparator, "an empty sep must be a configuration error (deliberate difference 2)");
        Assert.False(airflowErrors, "Airflow fails this lookup, but it was accepted");

        string[] expectedNames = Texts(expected.GetProperty("names"));
        Assert.Equal(expectedNames, backend.SecretNames(kind, key, team));
        Assert.Equal(expected.GetProperty("disabled").GetBoolean(), backend.EffectivePrefix(kind) is null);
        if (expected.TryGetProperty("effective_prefix", out JsonElement effective))
        {
            Assert.Equal(JsonAssert.Text(effective), backend.EffectivePrefix(kind));
        }

        bool refused = backend.EffectivePrefix(kind) is not null && kind != AirflowSecretKind.Config && team is null
            && AirflowNaming.IsRefusedAsTeamScoped(key, options.Separator);
        Assert.Equal(expected.GetProperty("refused_as_team_scoped").GetBoolean(), refused);
        Assert.Equal(
            expected.GetProperty("names_valid_for_key_vault").EnumerateArray().Select(v => v.GetBoolean()).ToArray(),
            expectedNames.Select(AirflowNaming.IsValidKeyVaultSecretName).ToArray());

        // The real SecretClient must request exactly these names, in this order; but "", "." and "..", which no
        // request URL can address (deliberate difference 8), are not requested at all.
        Assert.Null(await backend.GetValueAsync(kind, key, team, default));
        Assert.Equal(expectedNames.Where(AirflowNaming.CanAddressKeyVaultSecret).ToArray(), handler.Requested);

        if (expected.TryGetProperty("env_var_names", out JsonElement envNames))
        {
            var consulted = new List<string>();
            var environment = new EnvironmentVariablesBackend(name =>
            {
                consulted.Add(name);
                return null;
            });
            Assert.Null(await environment.GetValueAsync(kind, key, team, default));
            Assert.Equal(Texts(envNames), consulted);
        }
    }

    private static void CheckBuildPath(JsonElement input, JsonElement expected)
    {
        string name = AirflowNaming.BuildPath(JsonAssert.Text(input.GetProperty("prefix"))!, JsonAssert.Text(input.GetProperty("key"))!, JsonAssert.Text(input.GetProperty("sep"))!);
        Assert.Equal(JsonAssert.Text(expected.GetProperty("name")), name);
        Assert.Equal(expected.GetProperty("valid_for_key_vault").GetBoolean(), AirflowNaming.IsValidKeyVaultSecretName(name));
    }

    private static readonly string[] TextFields = { "host", "login", "password", "schema" };

    private static async Task CheckParse(JsonElement input, JsonElement sdk)
    {
        string value = JsonAssert.Text(input.GetProperty("value"))!;
        if (IsError(sdk))
        {
            // Airflow fails: in parsing, or (for an extra Python refuses to decode with an error other than
            // JSONDecodeError) in extra_dejson, which raises; ours fails the same way with our format error.
            AirflowConnectionFormatException ex = Assert.Throws<AirflowConnectionFormatException>(() =>
            {
                AirflowConnection parsed = AirflowConnection.Parse(value, "conformance_conn");
                _ = parsed.ExtraDejson;
            });
            AssertNamesIdNotValue(ex, value);
            return;
        }

        if (sdk.TryGetProperty("result", out JsonElement result) && result.ValueKind == JsonValueKind.Null)
        {
            // Airflow treats the value as "no connection here" and moves on.
            var memory = new InMemorySecretsBackend().SetConnection("conformance_conn", value);
            var resolver = new AirflowSecretResolver(new IAirflowSecretsBackend[] { memory });
            Assert.Null(await resolver.TryGetConnectionAsync("conformance_conn"));
            return;
        }

        // Deliberate difference 7: Airflow keeps whatever JSON value a field holds. A bool, list or dict in
        // host/login/password/schema, or a list or dict as conn_type, is our format error naming the field.
        string[] unusable = TextFields.Where(f => sdk.GetProperty(f).ValueKind is JsonValueKind.True or JsonValueKind.False or JsonValueKind.Array || IsPlainObject(sdk.GetProperty(f)))
            .Concat(sdk.GetProperty("conn_type").ValueKind is JsonValueKind.Array || IsPlainObject(sdk.GetProperty("conn_type")) ? new[] { "conn_type" } : Array.Empty<string>())
            .ToArray();
        if (unusable.Length > 0)
        {
            var ex = Assert.Throws<AirflowConnectionFormatException>(() => AirflowConnection.Parse(value, "conformance_conn"));
            AssertNamesIdNotValue(ex, value);
            Assert.Contains(unusable, field => ex.Problem.StartsWith("'" + field + "'", StringComparison.Ordinal));
            return;
        }

        AirflowConnection connection = AirflowConnection.Parse(value, "conformance_conn");
        AssertFields(sdk, connection);

        // ... and a number there reads as Python's str() of it; Airflow's get_uri() then raises TypeError,
        // ours writes the text like any other.
        string[] numeric = TextFields.Where(f => IsNumber(sdk.GetProperty(f))).ToArray();
        if (numeric.Length > 0)
        {
            Assert.Equal(JsonValueKind.Null, sdk.GetProperty("get_uri").ValueKind);
            string uri = connection.GetUri();
            foreach (string field in numeric)
            {
                Assert.Contains(PyUrl.Quote(FieldOf(connection, field)!), uri, StringComparison.Ordinal);
            }

            return;
        }

        if (sdk.GetProperty("get_uri").ValueKind == JsonValueKind.Null)
        {
            Assert.True(sdk.TryGetProperty("get_uri_error", out _), "a null get_uri needs its get_uri_error");
            AssertNamesIdNotValue(Assert.Throws<AirflowConnectionFormatException>(() => connection.GetUri()), value);
            return;
        }

        Assert.Equal(JsonAssert.Text(sdk.GetProperty("get_uri")), connection.GetUri());
    }

    private static void AssertNamesIdNotValue(AirflowConnectionFormatException ex, string value)
    {
        Assert.Contains("conformance_conn", ex.Message, StringComparison.Ordinal);
        if (value.Length >= 4) Assert.DoesNotContain(value, ex.Message, StringComparison.Ordinal);
    }

    private static bool IsPlainObject(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && !element.TryGetProperty("$float", out _) && !element.TryGetProperty("$py_repr", out _);

    private static bool IsNumber(JsonElement element) =>
        element.ValueKind == JsonValueKind.Number || (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("$float", out _));

    private static string? FieldOf(AirflowConnection connection, string field) => field switch
    {
        "host" => connection.Host,
        "login" => connection.Login,
        "password" => connection.Password,
        "schema" => connection.Schema,
        _ => throw new InvalidOperationException(field),
    };

    // Python's str() of a number as the vector file writes it: ints as digits, floats as repr, $float as nan/inf/-inf.
    private static string? ExpectedFieldText(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Number) return element.GetRawText();
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("$float", out JsonElement special)) return special.GetString();
        return JsonAssert.Text(element);
    }

    private static void AssertFields(JsonElement expected, AirflowConnection connection)
    {
        Assert.Equal(JsonAssert.Text(expected.GetProperty("conn_type")), connection.ConnType);
        Assert.Equal(ExpectedFieldText(expected.GetProperty("host")), connection.Host);
        Assert.Equal(ExpectedFieldText(expected.GetProperty("login")), connection.Login);
        Assert.Equal(ExpectedFieldText(expected.GetProperty("password")), connection.Password);
        Assert.Equal(ExpectedFieldText(expected.GetProperty("schema")), connection.Schema);
        Assert.Equal(expected.GetProperty("port").ValueKind == JsonValueKind.Null ? null : expected.GetProperty("port").GetInt32(), connection.Port);
        Assert.Equal(JsonAssert.Text(expected.GetProperty("extra")), connection.Extra);

        // extra_dejson exactly, as Python holds it; and as the JsonElement users read (NaN as "NaN", a lone surrogate as U+FFFD).
        PyValue extraDejson = JsonAssert.Decode(expected.GetProperty("extra_dejson"));
        JsonAssert.PyEqual(extraDejson, connection.ExtraDejsonValue(), "extra_dejson");
        JsonAssert.PyEqual(extraDejson, PyJson.Loads(connection.ExtraDejson.GetRawText()), "ExtraDejson", asJsonElement: true);
    }

    private static void CheckGetUri(JsonElement input, JsonElement sdk)
    {
        string? extra = null;
        if (input.TryGetProperty("extra", out JsonElement e) && e.ValueKind != JsonValueKind.Null)
        {
            extra = e.ValueKind == JsonValueKind.String ? JsonAssert.Text(e) : PyJson.Dumps(JsonAssert.Decode(e));
        }

        long? port = input.TryGetProperty("port", out JsonElement portElement) && portElement.ValueKind != JsonValueKind.Null ? portElement.GetInt64() : null;
        if (port is < int.MinValue or > int.MaxValue)
        {
            // AirflowConnection.Port is an int; Airflow's get_uri refuses such a port as out of range anyway.
            Assert.True(IsError(sdk), "a port beyond Int32 must be an Airflow error");
            return;
        }

        var connection = new AirflowConnection(
            "conformance_conn", OptionalText(input, "conn_type"), OptionalText(input, "host"), OptionalText(input, "login"),
            OptionalText(input, "password"), OptionalText(input, "schema"), (int?)port, extra);
        if (IsError(sdk))
        {
            var ex = Assert.Throws<AirflowConnectionFormatException>(() => connection.GetUri());
            Assert.Contains("conformance_conn", ex.Message, StringComparison.Ordinal);
            return;
        }

        string uri = connection.GetUri();
        Assert.Equal(JsonAssert.Text(sdk.GetProperty("uri")), uri);
        if (sdk.TryGetProperty("reparsed", out JsonElement reparsed) && reparsed.ValueKind == JsonValueKind.Object)
        {
            if (IsError(reparsed))
            {
                // Airflow cannot parse its own URI back; neither can we, and we say so with our format error.
                Assert.Throws<AirflowConnectionFormatException>(() => AirflowConnection.FromUri(uri, "conformance_conn"));
            }
            else
            {
                AssertFields(reparsed, AirflowConnection.FromUri(uri, "conformance_conn"));
            }
        }
    }

    private static void CheckVariableJson(JsonElement input, JsonElement expected)
    {
        string value = JsonAssert.Text(input.GetProperty("value"))!;
        if (IsError(expected))
        {
            Assert.Throws<PyJsonException>(() => PyJson.Loads(value));
            var ex = Assert.Throws<AirflowVariableFormatException>(() => AirflowJson.Deserialize<JsonElement>(value, key: "conformance_var"));
            Assert.Contains("conformance_var", ex.Message, StringComparison.Ordinal);
            return;
        }

        PyValue parsed = PyJson.Loads(value);
        if (expected.TryGetProperty("python_type", out JsonElement type)) Assert.Equal(type.GetString(), parsed.PythonTypeName);
        JsonAssert.PyEqual(JsonAssert.Decode(expected.GetProperty("value")), parsed, "$");
    }
}
