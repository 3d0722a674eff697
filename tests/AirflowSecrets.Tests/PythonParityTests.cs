using System;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using AirflowSecrets.Python;
using AirflowSecrets.Tests.Support;

namespace AirflowSecrets.Tests;

/// <summary>
/// CPython 3.11's str.lower, int(), ipaddress and json limits, and what Airflow's connection code makes of them.
/// Every expected value was produced by CPython 3.11.7 (the interpreter the conformance vectors were recorded on).
/// </summary>
public sealed class PythonParityTests
{
    [Theory]
    [InlineData("ΟΔΟΣ", "οδος")]
    [InlineData("ΑΣ", "ας")]
    [InlineData("Σ", "σ")]
    [InlineData("ΣΑ", "σα")]
    [InlineData("ΑΣΑ", "ασα")]
    [InlineData("Α.Σ", "α.ς")]
    [InlineData("Α'Σ", "α'ς")]
    [InlineData("ΑΣ'", "ας'")]
    [InlineData("ΑΣ.Α", "ασ.α")]
    [InlineData("Α\u0301Σ", "α\u0301ς")]
    [InlineData("ΑΣ\U0001D400", "ασ\U0001D400")] // a cased letter outside the BMP follows: not final
    [InlineData("İSTANBUL", "i\u0307stanbul")]
    [InlineData("\U00010400", "\U00010428")]
    [InlineData("ǅ", "ǆ")]
    [InlineData("a\uDC00B", "a\uDC00b")]
    public void Lower_casing_follows_python_with_final_sigma(string value, string expected)
    {
        Assert.Equal(expected, PyText.Lower(value));
    }

    [Theory]
    [InlineData("\U0001D7D3", "5")]
    [InlineData(" \u3000 5 \u0085", "5")]
    [InlineData("1_000", "1000")]
    [InlineData("+5", "5")]
    [InlineData("-0", "0")]
    [InlineData("٣", "3")]
    [InlineData("5\u000B", "5")]
    [InlineData("\u001C5", null)]
    [InlineData("_1", null)]
    [InlineData("1__0", null)]
    [InlineData("1_", null)]
    [InlineData("- 5", null)]
    [InlineData("\u007F5", null)]
    [InlineData("5\uD835", null)]
    public void Int_reads_what_python_int_reads(string text, string? expected)
    {
        bool ok = PyText.TryParseInt(text, out string digits);
        Assert.Equal(expected is not null, ok);
        if (ok) Assert.Equal(expected, digits);
    }

    [Fact]
    public void Int_refuses_more_than_4300_digits_counting_leading_zeros_but_not_underscores()
    {
        Assert.False(PyText.TryParseInt(new string('0', 4300) + "5", out _));
        Assert.True(PyText.TryParseInt(new string('0', 4299) + "5", out string five));
        Assert.Equal("5", five);
        Assert.True(PyText.TryParseInt(string.Concat(Enumerable.Repeat("1_", 4299)) + "1", out _));
        Assert.False(PyText.TryParseInt(string.Concat(Enumerable.Repeat("1_", 4300)) + "1", out _));
    }

    [Theory]
    [InlineData("::1", "IPv6")]
    [InlineData("::1%eth0", "IPv6")]
    [InlineData("fe80::1%ü", "IPv6")]
    [InlineData("::ffff:1.2.3.4", "IPv6")]
    [InlineData("::", "IPv6")]
    [InlineData("1:2:3:4:5:6:7:8", "IPv6")]
    [InlineData("1:2:3:4:5:6:7::", "IPv6")]
    [InlineData("1.2.3.4", "IPv4")]
    [InlineData("::1%", "None")]
    [InlineData("::1%25%25x", "None")]
    [InlineData("::1.2.3.04", "None")]
    [InlineData("::1.2.3", "None")]
    [InlineData("1::2::3", "None")]
    [InlineData("1:2:3:4:5:6:7:8:9", "None")]
    [InlineData(":1:2:3:4:5:6:7", "None")]
    [InlineData("1:2:3:4:5:6:7:8::", "None")]
    [InlineData("::1:2:3:4:5:6:7:8", "None")]
    [InlineData("1::2:3:4:5:6:7:8", "None")]
    [InlineData("12345::1", "None")]
    [InlineData("::g", "None")]
    [InlineData("01.2.3.4", "None")]
    public void Ip_addresses_are_classified_as_python_ipaddress_does(string text, string family)
    {
        Assert.Equal(family, PyIpAddress.Classify(text).ToString());
    }

    [Theory]
    [InlineData("mysql://ΟΔΟΣ/db", "οδος")]
    [InlineData("mysql://İ.example/db", "i\u0307.example")]
    [InlineData("mysql://[FE80::1%Zone]/db", "fe80::1%Zone")]
    public void Uri_hosts_are_lower_cased_as_python_does(string uri, string host)
    {
        Assert.Equal(host, AirflowConnection.Parse(uri).Host);
    }

    [Theory]
    [InlineData("x://[::1%]/db")]
    [InlineData("x://[::1%25%25x]/db")]
    [InlineData("x://[::1.2.3.04]:0/db")]
    [InlineData("x://[1.2.3.4]/db")]
    [InlineData("x://h\uFF0Fx/db")]
    public void Hosts_python_refuses_are_format_errors(string uri)
    {
        var ex = Assert.Throws<AirflowConnectionFormatException>(() => AirflowConnection.Parse(uri, "my_conn"));
        Assert.Equal("my_conn", ex.ConnectionId);
    }

    [Fact]
    public void A_uri_port_of_more_than_4300_digits_is_a_format_error_even_with_leading_zeros()
    {
        Assert.Throws<AirflowConnectionFormatException>(() => AirflowConnection.Parse("x://h:" + new string('0', 4300) + "5"));
        Assert.Equal(5, AirflowConnection.Parse("x://h:" + new string('0', 4299) + "5").Port);
    }

    [Fact]
    public void A_netloc_with_a_lone_surrogate_is_checked_without_throwing()
    {
        Assert.Equal("\uD800h", AirflowConnection.Parse("x://\uD800h/db").Host);
    }

    [Fact]
    public void The_schema_after_a_path_without_slash_drops_a_whole_code_point()
    {
        // urlsplit("😀abc") has the path "😀abc"; Airflow takes path[1:].
        Assert.Equal("abc", AirflowConnection.Parse("\U0001F600abc").Schema);
    }

    [Theory]
    [InlineData("{\"login\": null, \"port\": \"\U0001D7D3\"}", 5)]
    [InlineData("{\"port\": \" 0042 \"}", 42)]
    public void Json_ports_are_read_as_python_int_reads_them(string json, int port)
    {
        Assert.Equal(port, AirflowConnection.Parse(json).Port);
    }

    [Theory]
    [InlineData("{\"port\": \"\u001C5\"}")]
    [InlineData("{\"port\": \"5.0\"}")]
    [InlineData("{\"port\": 5432.0}")]
    [InlineData("{\"port\": true}")]
    [InlineData("{\"port\": 70000}")]
    public void Json_ports_python_refuses_are_format_errors(string json)
    {
        Assert.Throws<AirflowConnectionFormatException>(() => AirflowConnection.Parse(json, "c"));
    }

    [Fact]
    [SuppressMessage("AirflowSecrets.Security", "AFS103", Justification = "A made-up password in the URI Airflow's get_uri writes.")]
    public void Numbers_in_json_text_fields_read_as_python_str_of_the_number()
    {
        AirflowConnection c = AirflowConnection.Parse("{\"conn_type\": \"x\", \"host\": 1, \"login\": 1.5, \"password\": 123456, \"schema\": 1e400, \"description\": 7}");
        Assert.Equal("1", c.Host);
        Assert.Equal("1.5", c.Login);
        Assert.Equal("123456", c.Password);
        Assert.Equal("inf", c.Schema);
        Assert.Equal("7", c.Description);
        Assert.Equal("x://1.5:123456@1/inf", c.GetUri());
    }

    [Theory]
    [InlineData("{\"conn_type\": \"x\", \"host\": true}", "host")]
    [InlineData("{\"login\": [\"a\"]}", "login")]
    [InlineData("{\"password\": {}}", "password")]
    [InlineData("{\"schema\": []}", "schema")]
    [InlineData("{\"conn_type\": [\"x\"]}", "conn_type")]
    [InlineData("{\"conn_type\": {\"x\": 1}}", "conn_type")]
    [InlineData("{\"conn_type\": 5}", "conn_type")]
    public void Json_fields_that_cannot_be_text_are_format_errors_naming_the_field(string json, string field)
    {
        var ex = Assert.Throws<AirflowConnectionFormatException>(() => AirflowConnection.Parse(json, "c"));
        Assert.StartsWith("'" + field + "'", ex.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(70000)]
    [InlineData(-1)]
    public void Get_uri_refuses_a_port_out_of_range_with_the_format_error(int port)
    {
        var connection = new AirflowConnection("my_conn", "postgres", "h", port: port);
        Assert.Equal(port, connection.Port);
        var ex = Assert.Throws<AirflowConnectionFormatException>(() => connection.GetUri());
        Assert.Equal("my_conn", ex.ConnectionId);
    }

    [Fact]
    [SuppressMessage("AirflowSecrets.Security", "AFS101", Justification = "A made-up password, only to place the ':' block.")]
    public void Conn_types_are_lower_cased_as_python_does_in_get_uri()
    {
        Assert.Equal("ας://h", new AirflowConnection(connType: "ΑΣ", host: "h").GetUri());
        Assert.Equal("i\u0307://:j0@h", new AirflowConnection(connType: "İ", host: "h", password: "j0").GetUri());
    }

    [Fact]
    public void An_extra_python_refuses_to_convert_fails_extra_dejson_and_get_uri()
    {
        string[] extras =
        {
            "{\"a\": " + new string('7', 4301) + "}",
            new string('[', 995) + new string(']', 995),
        };
        foreach (string extra in extras)
        {
            var connection = new AirflowConnection("my_conn", "x", "h", extra: extra);
            Assert.Equal("my_conn", Assert.Throws<AirflowConnectionFormatException>(() => connection.ExtraDejson).ConnectionId);
            Assert.Throws<AirflowConnectionFormatException>(() => connection.GetUri());
        }

        // A JSONDecodeError is logged by Airflow and gives {}.
        Assert.Equal("{}", new AirflowConnection(extra: "{not json").ExtraDejson.GetRawText());
        // 994 levels and 4,300 digits are fine.
        Assert.Equal(994, Depth(new AirflowConnection(extra: new string('[', 994) + new string(']', 994)).ExtraDejson));
        Assert.Equal(4300, new AirflowConnection(extra: "[" + new string('7', 4300) + "]").ExtraDejson[0].GetRawText().Length);
    }

    private static int Depth(System.Text.Json.JsonElement element) =>
        element.ValueKind == System.Text.Json.JsonValueKind.Array ? 1 + (element.GetArrayLength() == 0 ? 0 : Depth(element[0])) : 0;

    [Fact]
    public void Extra_dejson_replaces_a_lone_surrogate_that_json_element_cannot_carry()
    {
        var connection = new AirflowConnection(extra: "{\"k\\ud800\": [\"a\\udc00\", \"\\ud83d\\ude00\", NaN]}");
        var dejson = connection.ExtraDejson;
        var property = Assert.Single(dejson.EnumerateObject());
        Assert.Equal("k\uFFFD", property.Name);
        Assert.Equal("a\uFFFD", property.Value[0].GetString());
        Assert.Equal("\U0001F600", property.Value[1].GetString());
        Assert.Equal("NaN", property.Value[2].GetString());
        Assert.Equal("a\uDC00", connection.ExtraDejsonValue().Entries![0].Value.Items![0].String);
    }

    [Fact]
    public async Task A_name_no_request_can_carry_is_not_requested()
    {
        var handler = new FakeKeyVaultHandler();
        AzureKeyVaultBackend backend = handler.CreateBackend(AirflowSecretsEnvironment.ParseKwargs(
            "{\"vault_url\": \"" + FakeKeyVaultHandler.VaultUrl + "\", \"variables_prefix\": \"\"}"));
        foreach (string key in new[] { "", ".", ".." })
        {
            Assert.Equal(new[] { key }, backend.SecretNames(AirflowSecretKind.Variable, key));
            Assert.Null(await backend.GetValueAsync(AirflowSecretKind.Variable, key, null, default));
        }

        Assert.Empty(handler.Requested);
    }
}
