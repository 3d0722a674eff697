using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using AirflowSecrets.Python;
using AirflowSecrets.Tests.Support;

namespace AirflowSecrets.Tests;

/// <summary>
/// Airflow's own behaviour, recorded by running Airflow's code (Conformance/vectors.json in this project, copied
/// with its provenance, or the file named by AIRFLOWSECRETS_CONFORMANCE_VECTORS), checked one test case per vector.
/// Where a vector falls under a deliberate difference (README there), the case asserts our documented behaviour.
/// </summary>
[Trait("Category", "Conformance")]
public sealed class ConformanceTests
{
    private static readonly Lazy<Dictionary<string, JsonElement>> Vectors = new(LoadVectors);

    public static string VectorFile
    {
        get
        {
            string? overridePath = Environment.GetEnvironmentVariable("AIRFLOWSECRETS_CONFORMANCE_VECTORS");
            return string.IsNullOrEmpty(overridePath)
                ? Path.Combine(AppContext.BaseDirectory, "Conformance", "vectors.json")
                : Path.GetFullPath(overridePath);
        }
    }

    private static Dictionary<string, JsonElement> LoadVectors()
    {
        // Some variable_json vectors nest ~994 levels deep (Python's json.loads accepts up to ~990 in a value).
        using var document = JsonDocument.Parse(File.ReadAllText(VectorFile), new JsonDocumentOptions { MaxDepth = 2048 });
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (JsonElement vector in document.RootElement.GetProperty("vectors").EnumerateArray())
        {
            result.Add(vector.GetProperty("id").GetString()!, vector.Clone());
        }

        return result;
    }

    public static TheoryData<string> VectorIds()
    {
        var data = new TheoryData<string>();
        foreach (string id in Vectors.Value.Keys) data.Add(id);
        return data;
    }

    [Fact]
    public void The_vector_file_holds_vectors()
    {
        Assert.True(File.Exists(VectorFile), "missing " + VectorFile);
        Assert.NotEmpty(Vectors.Value);
    }

    [Theory]
    [MemberData(nameof(VectorIds))]
    public async Task Vector(string id)
    {
        JsonElement vector = Vectors.Value[id];
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

    private static async Task CheckSecretName(JsonElement input, JsonElement expected)
    {
        AirflowSecretKind kind = LookupKind(input.GetProperty("lookup").GetString()!);
        string key = input.GetProperty("key").GetString()!;
        string? team = input.TryGetProperty("team_name", out JsonElement t) && t.ValueKind != JsonValueKind.Null ? t.GetString() : null;

        // Configure the backend the way a deployment does: through AIRFLOW__SECRETS__BACKEND_KWARGS.
        var kwargs = new Dictionary<string, object?> { ["vault_url"] = FakeKeyVaultHandler.VaultUrl };
        bool hasPrefix = input.TryGetProperty("prefix", out JsonElement prefix);
        bool hasSeparator = input.TryGetProperty("sep", out JsonElement sep);
        if (hasPrefix) kwargs[AzureKeyVaultBackend.PrefixKwarg(kind)] = prefix;
        if (hasSeparator) kwargs["sep"] = sep;
        string kwargsJson = JsonSerializer.Serialize(kwargs);

        bool nonStringPrefix = hasPrefix && prefix.ValueKind is not (JsonValueKind.String or JsonValueKind.Null);
        // Deliberate difference 2 covers every sep that is not a non-empty string.
        bool emptySeparator = hasSeparator && (sep.ValueKind != JsonValueKind.String || sep.GetString()!.Length == 0);
        bool airflowErrors = expected.TryGetProperty("error", out JsonElement error) && error.ValueKind != JsonValueKind.Null;

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

        string[] expectedNames = expected.GetProperty("names").EnumerateArray().Select(n => n.GetString()!).ToArray();
        Assert.Equal(expectedNames, backend.SecretNames(kind, key, team));
        Assert.Equal(expected.GetProperty("disabled").GetBoolean(), backend.EffectivePrefix(kind) is null);
        if (expected.TryGetProperty("effective_prefix", out JsonElement effective))
        {
            Assert.Equal(effective.ValueKind == JsonValueKind.Null ? null : effective.GetString(), backend.EffectivePrefix(kind));
        }

        bool refused = backend.EffectivePrefix(kind) is not null && kind != AirflowSecretKind.Config && team is null
            && AirflowNaming.IsRefusedAsTeamScoped(key, options.Separator);
        Assert.Equal(expected.GetProperty("refused_as_team_scoped").GetBoolean(), refused);
        Assert.Equal(
            expected.GetProperty("names_valid_for_key_vault").EnumerateArray().Select(v => v.GetBoolean()).ToArray(),
            expectedNames.Select(AirflowNaming.IsValidKeyVaultSecretName).ToArray());

        // The real SecretClient must request exactly these names, in this order.
        Assert.Null(await backend.GetValueAsync(kind, key, team, default));
        Assert.Equal(expectedNames, handler.Requested);

        if (expected.TryGetProperty("env_var_names", out JsonElement envNames))
        {
            var consulted = new List<string>();
            var environment = new EnvironmentVariablesBackend(name =>
            {
                consulted.Add(name);
                return null;
            });
            Assert.Null(await environment.GetValueAsync(kind, key, team, default));
            Assert.Equal(envNames.EnumerateArray().Select(n => n.GetString()!).ToArray(), consulted);
        }
    }

    private static void CheckBuildPath(JsonElement input, JsonElement expected)
    {
        string name = AirflowNaming.BuildPath(input.GetProperty("prefix").GetString()!, input.GetProperty("key").GetString()!, input.GetProperty("sep").GetString()!);
        Assert.Equal(expected.GetProperty("name").GetString(), name);
        Assert.Equal(expected.GetProperty("valid_for_key_vault").GetBoolean(), AirflowNaming.IsValidKeyVaultSecretName(name));
    }

    private static async Task CheckParse(JsonElement input, JsonElement sdk)
    {
        string value = input.GetProperty("value").GetString()!;
        if (sdk.TryGetProperty("error", out JsonElement error) && error.ValueKind != JsonValueKind.Null)
        {
            var ex = Assert.Throws<AirflowConnectionFormatException>(() => AirflowConnection.Parse(value, "conformance_conn"));
            Assert.Contains("conformance_conn", ex.Message, StringComparison.Ordinal);
            if (value.Length >= 4) Assert.DoesNotContain(value, ex.Message, StringComparison.Ordinal);
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

        AirflowConnection connection = AirflowConnection.Parse(value, "conformance_conn");
        AssertFields(sdk, connection);
        Assert.Equal(sdk.GetProperty("get_uri").GetString(), connection.GetUri());
    }

    private static void AssertFields(JsonElement expected, AirflowConnection connection)
    {
        Assert.Equal(OptionalString(expected, "conn_type"), connection.ConnType);
        Assert.Equal(OptionalString(expected, "host"), connection.Host);
        Assert.Equal(OptionalString(expected, "login"), connection.Login);
        Assert.Equal(OptionalString(expected, "password"), connection.Password);
        Assert.Equal(OptionalString(expected, "schema"), connection.Schema);
        Assert.Equal(expected.GetProperty("port").ValueKind == JsonValueKind.Null ? null : expected.GetProperty("port").GetInt32(), connection.Port);
        Assert.Equal(OptionalString(expected, "extra"), connection.Extra);
        JsonAssert.Equal(expected.GetProperty("extra_dejson"), connection.ExtraDejson, "extra_dejson");
    }

    private static string? OptionalString(JsonElement element, string name)
    {
        JsonElement value = element.GetProperty(name);
        return value.ValueKind == JsonValueKind.Null ? null : value.GetString();
    }

    private static void CheckGetUri(JsonElement input, JsonElement sdk)
    {
        string? Field(string name) => input.TryGetProperty(name, out JsonElement v) && v.ValueKind != JsonValueKind.Null ? v.GetString() : null;
        string? extra = null;
        if (input.TryGetProperty("extra", out JsonElement e) && e.ValueKind != JsonValueKind.Null)
        {
            extra = e.ValueKind == JsonValueKind.String ? e.GetString() : PyJson.Dumps(PyJson.Loads(e.GetRawText()));
        }

        int? port = input.TryGetProperty("port", out JsonElement portElement) && portElement.ValueKind != JsonValueKind.Null ? portElement.GetInt32() : null;
        var connection = new AirflowConnection("conformance_conn", Field("conn_type"), Field("host"), Field("login"), Field("password"), Field("schema"), port, extra);
        if (sdk.TryGetProperty("error", out JsonElement error) && error.ValueKind != JsonValueKind.Null)
        {
            Assert.Throws<AirflowConnectionFormatException>(() => connection.GetUri());
            return;
        }

        string uri = connection.GetUri();
        Assert.Equal(sdk.GetProperty("uri").GetString(), uri);
        if (sdk.TryGetProperty("reparsed", out JsonElement reparsed) && reparsed.ValueKind == JsonValueKind.Object)
        {
            AssertFields(reparsed, AirflowConnection.FromUri(uri, "conformance_conn"));
        }
    }

    private static void CheckVariableJson(JsonElement input, JsonElement expected)
    {
        string value = input.GetProperty("value").GetString()!;
        if (expected.TryGetProperty("error", out JsonElement error) && error.ValueKind != JsonValueKind.Null)
        {
            Assert.Throws<PyJsonException>(() => PyJson.Loads(value));
            var ex = Assert.Throws<AirflowVariableFormatException>(() => AirflowJson.Deserialize<JsonElement>(value, key: "conformance_var"));
            Assert.Contains("conformance_var", ex.Message, StringComparison.Ordinal);
            return;
        }

        PyValue parsed = PyJson.Loads(value);
        if (expected.TryGetProperty("python_type", out JsonElement type)) Assert.Equal(type.GetString(), parsed.PythonTypeName);
        AssertPyEquals(expected.GetProperty("value"), parsed, "$");
    }

    private static void AssertPyEquals(JsonElement expected, PyValue actual, string path)
    {
        if (expected.ValueKind == JsonValueKind.Object && expected.TryGetProperty("$float", out JsonElement special) && expected.EnumerateObject().Count() == 1)
        {
            Assert.Equal(PyKind.Float, actual.Kind);
            double want = special.GetString() switch
            {
                "nan" => double.NaN,
                "inf" => double.PositiveInfinity,
                "-inf" => double.NegativeInfinity,
                var other => throw new InvalidOperationException("unknown $float " + other),
            };
            Assert.True(want.Equals(actual.Float), $"{path}: expected {want}, got {actual.Float}");
            return;
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Null: Assert.Equal(PyKind.Null, actual.Kind); break;
            case JsonValueKind.True: Assert.True(actual.Kind == PyKind.Bool && actual.Bool, path); break;
            case JsonValueKind.False: Assert.True(actual.Kind == PyKind.Bool && !actual.Bool, path); break;
            case JsonValueKind.String: Assert.Equal(expected.GetString(), actual.String); break;
            case JsonValueKind.Number:
                string actualText = actual.Kind == PyKind.Int ? actual.IntText! : actual.Float.ToString("R", CultureInfo.InvariantCulture);
                Assert.True(actual.Kind is PyKind.Int or PyKind.Float, path);
                Assert.True(JsonAssert.NumbersEqual(expected.GetRawText(), actualText), $"{path}: expected {expected.GetRawText()}, got {actualText}");
                break;
            case JsonValueKind.Array:
                Assert.Equal(PyKind.List, actual.Kind);
                Assert.Equal(expected.GetArrayLength(), actual.Items!.Count);
                int i = 0;
                foreach (JsonElement item in expected.EnumerateArray())
                {
                    AssertPyEquals(item, actual.Items[i], path + "[" + i + "]");
                    i++;
                }

                break;
            default:
                Assert.Equal(PyKind.Dict, actual.Kind);
                Assert.Equal(expected.EnumerateObject().Count(), actual.Entries!.Count);
                foreach (JsonProperty property in expected.EnumerateObject())
                {
                    Assert.True(actual.TryGetItem(property.Name, out PyValue item), $"{path}: missing key {property.Name}");
                    AssertPyEquals(property.Value, item, path + "." + property.Name);
                }

                break;
        }
    }
}
