using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using AirflowSecrets.Python;
using CsCheck;

namespace AirflowSecrets.Tests;

/// <summary>
/// Random inputs (CsCheck, generators of our own) for the URI and JSON connection parsers, get_uri and the
/// name builder: nothing but our own exceptions escapes, no message carries a stored value, GetUri then
/// parse gives back the connection wherever Airflow's get_uri/from_uri does, and the naming rules hold as
/// Python states them (on code points).
/// </summary>
public sealed class PropertyTests
{
    private const int Iterations = 4000;

    // A marker that stands for a stored secret: it must never show in a message.
    private const string Token = "Zq7Tok";

    private static readonly Gen<string> Marker = Gen.Int[0, 9999].Select(n => Token + n.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static Gen<string> Chars(string alphabet, int min, int max) =>
        Gen.Char[alphabet].Array[min, max].Select(a => new string(a));

    private static Gen<string> Pieces(int min, int max, params string[] pieces) =>
        Gen.OneOf(pieces).Array[min, max].Select(string.Concat);

    // Pieces of URIs and JSON, leaning towards the corners Airflow's code and urllib.parse have.
    private static readonly string[] UriPieces =
    {
        "postgres", "mysql", "http", "x", "google-cloud-platform", "MySQL", "a_b", "postgresql", "1x", "://", "//", ":", "@",
        "/", "?", "#", "&", "=", "+", "%", "%2F", "%3A", "%40", "%25", "%ZZ", "%C3%A9", "%ED%A0%80", "%FF", "[", "]",
        "[::1]", "[::1%25eth0]", "[::1%]", "[v1.x]", "[1.2.3.4]", "[::1.2.3.04]", "[fe80::1%zone]", "::", "0", "5432",
        "65535", "65536", "-1", "00001", "𝟓", "\u0665", "user", "pw", "host", "db", "__extra__", "__extra__=", "{", "}",
        "[1,2]", "\"", " ", "\t", "\n", "\u001C", "\u00A0", "\u3000", "é", "ΟΔΟΣ", "İ", "ß", "😀", "\U0001F600abc", "\uD800",
        "\uDC00", "\u2100", "\uFF0F", "\uFE55", "NaN", "1e400", "\u0000",
    };

    private static readonly string[] JsonPieces =
    {
        "{", "}", "[", "]", ",", ":", "\"", "\"conn_type\"", "\"host\"", "\"login\"", "\"password\"", "\"schema\"", "\"port\"",
        "\"extra\"", "\"description\"", "\"uri\"", "\"conn_id\"", "\"x\"", "1", "-0", "5432", "5432.0", "1e400", "NaN",
        "-Infinity", "true", "false", "null", "\"\\u0000\"", "\"\\ud800\"", "\"\\ud83d\\ude00\"", "\"\U0001D7D3\"", " ", "\n",
        "\"postgres://u:p@h/d\"", "\"\\u001c5\"", "99999999999999999999", "\\", "\"a\\\"b\"",
    };

    private static readonly Gen<string> RandomUri = Pieces(0, 14, UriPieces);

    private static readonly Gen<string> RandomJson = Pieces(0, 18, JsonPieces);

    // A JSON connection built by structure, with the marker in every string value (never in a key).
    private static readonly Gen<string> StructuredJson =
        Gen.Select(
            Gen.OneOf("conn_type", "host", "login", "password", "schema", "port", "extra", "description", "uri", "unknown", "conn_id").Array[0, 6],
            Gen.Int[0, 7].Array[6],
            Marker,
            (keys, kinds, marker) =>
            {
                var b = new StringBuilder("{");
                for (int i = 0; i < keys.Length; i++)
                {
                    if (i > 0) b.Append(", ");
                    b.Append('"').Append(keys[i]).Append("\": ").Append(kinds[i % kinds.Length] switch
                    {
                        0 => "\"" + marker + "\"",
                        1 => "\"x://" + marker + ":" + marker + "@h:1/" + marker + "\"",
                        2 => "5432",
                        3 => "1.5",
                        4 => "true",
                        5 => "[\"" + marker + "\"]",
                        6 => "{\"k\": \"" + marker + "\"}",
                        _ => "null",
                    });
                }

                return b.Append('}').ToString();
            });

    // A URI with the marker in the userinfo, host, path and query, and malformed parts around it.
    private static readonly Gen<string> StructuredUri =
        Gen.Select(Marker, Gen.OneOf("x://", "x://http://", "://", "x://a://b://", ""), Gen.OneOf(":", "@", "[", "]", "%", ":99999", "[::1%]", ":𝟓", ""),
            (marker, scheme, broken) => scheme + marker + ":" + marker + "@" + marker + broken + "/" + marker + "?__extra__=" + marker + "&k=" + marker);

    /// <summary>Runs what a caller does with a value: parse it, read extra_dejson, write the URI back.</summary>
    private static void Exercise(string value, Action<AirflowConnectionFormatException>? check = null)
    {
        try
        {
            AirflowConnection connection = AirflowConnection.Parse(value, "prop_conn");
            _ = connection.ToString();
            try
            {
                _ = connection.ExtraDejson;
                _ = connection.GetExtraDejson<Dictionary<string, object>>();
            }
            catch (AirflowConnectionFormatException ex)
            {
                check?.Invoke(ex);
            }

            try
            {
                _ = connection.GetUri();
            }
            catch (AirflowConnectionFormatException ex)
            {
                check?.Invoke(ex);
            }
        }
        catch (AirflowConnectionFormatException ex)
        {
            Assert.Equal("prop_conn", ex.ConnectionId);
            check?.Invoke(ex);
        }
    }

    private static void NoMarker(AirflowConnectionFormatException ex) =>
        Assert.DoesNotContain(Token, ex.Message, StringComparison.Ordinal);

    [Fact]
    public void Parsing_random_uris_and_json_throws_nothing_but_the_format_error()
    {
        RandomUri.Sample(uri => Exercise(uri), iter: Iterations);
        RandomJson.Sample(json => Exercise(json), iter: Iterations);
        RandomJson.Select(json => "{" + json).Sample(json => Exercise(json), iter: Iterations);
    }

    [Fact]
    public async Task No_message_carries_a_stored_value()
    {
        StructuredJson.Sample(json => Exercise(json, NoMarker), iter: Iterations);
        StructuredUri.Sample(uri => Exercise(uri, NoMarker), iter: Iterations);

        // Through the resolver too, as a job meets it.
        await StructuredUri.SampleAsync(async uri =>
        {
            var resolver = new AirflowSecretResolver(new IAirflowSecretsBackend[] { new InMemorySecretsBackend().SetConnection("prop_conn", uri) });
            try
            {
                _ = (await resolver.GetConnectionAsync("prop_conn")).GetUri();
            }
            catch (AirflowSecretsException ex)
            {
                for (Exception? e = ex; e != null; e = e.InnerException)
                {
                    Assert.DoesNotContain(Token, e.Message, StringComparison.Ordinal);
                }
            }
        }, iter: 500);
    }

    // Field values that Airflow's get_uri writes and from_uri reads back unchanged: quote(safe="") then unquote.
    private const string WideAlphabet = "abcXYZ019 .-_~/?#@:%+=&[];'\"éßΣς\u00A0中";

    // Hosts are lower-cased by the parse, so they are drawn from characters str.lower leaves alone.
    private const string HostAlphabet = "abcz019.-_~/?#@%+=&[] éßς中";

    private static Gen<string?> Optional(Gen<string> gen) => Gen.Frequency((1, Gen.Const((string?)null)), (3, gen.Select(s => (string?)s)));

    private static readonly Gen<string> Emojiful = Gen.Select(Chars(WideAlphabet, 1, 8), Gen.OneOf("", "😀", "\U0001F200x"), (s, e) => s + e);

    private static readonly Gen<string> ConnType =
        Gen.Select(Chars("abcdefghijklmnopqrstuvwxyz", 1, 6), Chars("abcdefghijklmnopqrstuvwxyz0123456789_", 0, 6), (a, b) => a + b)
            .Where(t => t != "postgresql" && !t.EndsWith("_", StringComparison.Ordinal));

    private static readonly Gen<string?> Extra = Gen.OneOf(
        Gen.Const((string?)null),
        Gen.Select(Chars(WideAlphabet, 0, 5), Chars(WideAlphabet, 0, 5)).Array[1, 3]
            .Where(pairs => pairs.All(p => p.Item1 != AirflowConnection.ExtraKey))
            .Select(pairs => (string?)PyJson.Dumps(FlatDict(pairs))),
        Gen.OneOf<string?>("{\"a\": 1}", "{\"n\": {\"k\": [1, 2.5, null, true]}}", "{}", "[1, 2]", "not json", "\"s\"", "{\"a\": NaN}"));

    private static PyValue FlatDict((string, string)[] pairs)
    {
        PyValue dict = PyValue.NewDict();
        foreach (var (key, value) in pairs) dict.SetItem(key, PyValue.FromString(value));
        return dict;
    }

    private static readonly Gen<AirflowConnection> RoundTripConnections =
        Gen.Select(ConnType, Chars(HostAlphabet, 0, 10), Optional(Emojiful), Optional(Chars(WideAlphabet, 0, 8)), Optional(Emojiful), Gen.Int[-1, 65535], Extra)
            .Select(t =>
            {
                var (connType, host, login, password, schema, port, extra) = t;
                if (login is null) password = null; // ':pw@' would give the login "".
                int? p = port < 0 || (host.Length == 0 && login is null) ? null : port; // '@:5432' would give the login "".
                if (schema?.Length == 0) schema = null;
                return new AirflowConnection("prop_conn", connType, host, login, password, schema, p, extra);
            })
            .Where(c => c.Host!.IndexOf("://", StringComparison.Ordinal) < 0);

    [Fact]
    public void Get_uri_then_parse_gives_the_same_connection_where_airflow_s_does()
    {
        RoundTripConnections.Sample(original =>
        {
            string uri = original.GetUri();
            AirflowConnection back = AirflowConnection.FromUri(uri, "prop_conn");
            Assert.Equal(original.ConnType, back.ConnType);
            Assert.Equal(original.Host ?? string.Empty, back.Host);
            Assert.Equal(original.Login, back.Login);
            Assert.Equal(original.Password, back.Password);
            Assert.Equal(original.Schema ?? string.Empty, back.Schema);
            Assert.Equal(original.Port, back.Port);
            PyValue extra = original.ExtraDejsonValue();
            bool flat = extra.Kind == PyKind.Dict && extra.Entries!.Count > 0 && extra.Entries.All(e => e.Value.Kind == PyKind.String);
            if (flat)
            {
                // Written as query parameters, read back as json.dumps of the same dict.
                Assert.Equal(PyJson.Dumps(extra), back.Extra);
            }
            else
            {
                Assert.Equal(original.Extra, back.Extra);
            }

            Assert.Equal(uri, back.GetUri());
        }, iter: Iterations, print: c => c.GetUri());
    }

    [Fact]
    public void Get_uri_of_any_fields_throws_nothing_but_the_format_error()
    {
        Gen.Select(Optional(Pieces(0, 4, UriPieces)), Optional(Pieces(0, 4, UriPieces)), Optional(Pieces(0, 4, UriPieces)), Optional(Pieces(0, 4, UriPieces)),
                Gen.Int[-70000, 140000].Nullable(0.3), Optional(Pieces(0, 6, JsonPieces)))
            .Sample(t =>
            {
                var (connType, host, login, password, port, extra) = t;
                var connection = new AirflowConnection("prop_conn", connType, host, login, password, host, port, extra);
                try
                {
                    string uri = connection.GetUri();
                    Assert.InRange(connection.Port ?? 0, 0, 65535);
                    Exercise(uri);
                }
                catch (AirflowConnectionFormatException ex)
                {
                    Assert.Equal("prop_conn", ex.ConnectionId);
                }
            }, iter: Iterations);
    }

    // Names: prefixes, keys, separators and teams with '_', '-', non-BMP characters and lone surrogates.
    private static readonly Gen<string> NamePart = Pieces(0, 6, "a", "B", "_", "__", "-", "--", ".", " ", "\n", "😀", "\U0001F200", "\uD83D", "\uDE00", "é", "9");

    private static readonly Gen<string> Separator = Pieces(1, 3, "-", "_", "--", "😀", "\uDE00", ".", "/", "\U0001F200");

    private static int[] CodePoints(string s)
    {
        var list = new List<int>();
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                list.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                i++;
            }
            else
            {
                list.Add(s[i]);
            }
        }

        return list.ToArray();
    }

    // re.fullmatch(f"[^{re.escape(sep)}]+--.+", text), spelled out on code points by trying every split.
    private static bool TeamPatternOracle(string text, string sep)
    {
        int[] cps = CodePoints(text);
        var seps = new HashSet<int>(CodePoints(sep));
        for (int k = 1; k + 2 < cps.Length; k++)
        {
            if (cps.Take(k).Any(seps.Contains)) break;
            if (cps[k] == '-' && cps[k + 1] == '-' && cps.Skip(k + 2).All(c => c != '\n')) return true;
        }

        return false;
    }

    [Fact]
    public void Names_follow_python_on_code_points()
    {
        Gen.Select(NamePart, NamePart, Separator, Optional(NamePart)).Sample(t =>
        {
            var (prefix, key, sep, team) = t;

            // prefix.rstrip(sep): what is removed is a run of code points of sep, and what stays does not end in one.
            string normalized = AirflowNaming.NormalizePrefix(prefix, sep)!;
            Assert.StartsWith(normalized, prefix, StringComparison.Ordinal);
            var seps = new HashSet<int>(CodePoints(sep));
            int[] kept = CodePoints(normalized);
            Assert.True(prefix.Length == 0 || kept.Length == 0 || !seps.Contains(kept[^1]));
            Assert.Equal(CodePoints(prefix).Length, kept.Length + CodePoints(prefix.Substring(normalized.Length)).Length);
            Assert.All(CodePoints(prefix.Substring(normalized.Length)), c => Assert.Contains(c, seps));

            bool refused = AirflowNaming.IsRefusedAsTeamScoped(key, sep);
            Assert.Equal(TeamPatternOracle(key.Replace("_", sep), sep), refused);

            IReadOnlyList<string> names = AirflowNaming.KeyVaultSecretNames(AirflowSecretKind.Variable, normalized, key, sep, team);
            string global = (normalized.Length == 0 ? key : normalized + sep + key).Replace("_", sep);
            if (team is null && refused) Assert.Empty(names);
            else Assert.Equal(global, names[^1]);
            if (!string.IsNullOrEmpty(team)) Assert.Equal(2, names.Count);
            if (sep.IndexOf('_') < 0) Assert.All(names, n => Assert.DoesNotContain("_", n, StringComparison.Ordinal));
            Assert.Equal(new[] { global }, AirflowNaming.KeyVaultSecretNames(AirflowSecretKind.Config, normalized, key, sep, team));
            Assert.Empty(AirflowNaming.KeyVaultSecretNames(AirflowSecretKind.Connection, null, key, sep, team));

            IReadOnlyList<string> environment = AirflowNaming.EnvironmentVariableNames(AirflowSecretKind.Connection, key, team);
            Assert.All(environment, n => Assert.StartsWith(AirflowNaming.ConnectionEnvironmentPrefix, n, StringComparison.Ordinal));
            // str.upper() keeps lone surrogates where they are and upper-cases ASCII as ASCII.
            string upper = AirflowNaming.PythonUpper(key);
            Assert.Equal(CodePoints(key).Where(c => c >= 0xD800 && c <= 0xDFFF), CodePoints(upper).Where(c => c >= 0xD800 && c <= 0xDFFF));
            if (key.All(c => c < 0x80)) Assert.Equal(key.ToUpperInvariant(), upper);
            if (team is null && environment.Count == 1) Assert.Equal(AirflowNaming.ConnectionEnvironmentPrefix + upper, environment[0]);
        }, iter: Iterations);
    }
}
