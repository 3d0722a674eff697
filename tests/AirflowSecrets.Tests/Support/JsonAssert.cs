using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using AirflowSecrets.Python;

namespace AirflowSecrets.Tests.Support;

/// <summary>
/// Compares values the way Python compares decoded JSON (dicts by key set, ints by digits, floats by value),
/// reading the vector files' notations for what standard JSON cannot hold: <c>{"$float": "nan"|"inf"|"-inf"}</c>
/// and <c>{"$py_repr": "'…'"}</c> (a string with a lone surrogate, as Python's repr).
/// </summary>
public static class JsonAssert
{
    /// <summary>An element of a vector file as Python's json.loads reads it: lone surrogates survive, unlike JsonElement.GetString.</summary>
    internal static PyValue Decode(JsonElement element) => PyJson.Loads(element.GetRawText());

    /// <summary>A string of a vector file, in either notation; <c>null</c> for JSON null.</summary>
    public static string? Text(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Null) return null;
        PyValue value = Decode(element);
        if (TryNotation(value, "$py_repr", out string? repr)) return FromPythonRepr(repr!);
        if (value.Kind != PyKind.String) throw new InvalidOperationException("not a string: " + element.GetRawText());
        return value.String;
    }

    /// <summary>
    /// Asserts that <paramref name="actual"/> is <paramref name="expected"/>. With <paramref name="asJsonElement"/>,
    /// <paramref name="actual"/> was read back from a <see cref="JsonElement"/>, which by our documented rule holds
    /// the strings "NaN", "Infinity", "-Infinity" for the special floats and U+FFFD for a lone surrogate.
    /// </summary>
    internal static void PyEqual(PyValue expected, PyValue actual, string path, bool asJsonElement = false)
    {
        if (TryNotation(expected, "$float", out string? special))
        {
            double want = special switch
            {
                "nan" => double.NaN,
                "inf" => double.PositiveInfinity,
                "-inf" => double.NegativeInfinity,
                _ => throw new InvalidOperationException("unknown $float " + special),
            };
            if (asJsonElement)
            {
                Assert.True(actual.Kind == PyKind.String, $"{path}: expected the string for {special}, got {actual.PythonTypeName}");
                Assert.Equal(PyJson.FloatRepr(want), actual.String);
                return;
            }

            Assert.True(actual.Kind == PyKind.Float, $"{path}: expected a float, got {actual.PythonTypeName}");
            Assert.True(want.Equals(actual.Float), $"{path}: expected {special}, got {actual.Float.ToString("R", CultureInfo.InvariantCulture)}");
            return;
        }

        if (TryNotation(expected, "$py_repr", out string? repr))
        {
            Assert.True(actual.Kind == PyKind.String, $"{path}: expected a str, got {actual.PythonTypeName}");
            Assert.Equal(View(FromPythonRepr(repr!), asJsonElement), actual.String);
            return;
        }

        Assert.True(expected.Kind == actual.Kind, $"{path}: expected a {expected.PythonTypeName}, got a {actual.PythonTypeName}");
        switch (expected.Kind)
        {
            case PyKind.Bool:
                Assert.True(expected.Bool == actual.Bool, path);
                break;
            case PyKind.Int:
                Assert.True(expected.IntText == actual.IntText, $"{path}: expected {expected.IntText}, got {actual.IntText}");
                break;
            case PyKind.Float:
                Assert.True(expected.Float.Equals(actual.Float), $"{path}: expected {PyJson.FloatRepr(expected.Float)}, got {PyJson.FloatRepr(actual.Float)}");
                break;
            case PyKind.String:
                Assert.Equal(View(expected.String!, asJsonElement), actual.String);
                break;
            case PyKind.List:
                Assert.True(expected.Items!.Count == actual.Items!.Count, $"{path}: expected {expected.Items.Count} items, got {actual.Items.Count}");
                for (int i = 0; i < expected.Items.Count; i++)
                {
                    PyEqual(expected.Items[i], actual.Items[i], path + "[" + i + "]", asJsonElement);
                }

                break;
            case PyKind.Dict:
                Assert.True(expected.Entries!.Count == actual.Entries!.Count, $"{path}: expected {expected.Entries.Count} keys, got {actual.Entries.Count}");
                foreach (var entry in expected.Entries)
                {
                    string key = View(entry.Key, asJsonElement);
                    Assert.True(actual.TryGetItem(key, out PyValue item), $"{path}: missing key {Escape(key)}");
                    PyEqual(entry.Value, item, path + "." + Escape(key), asJsonElement);
                }

                break;
        }
    }

    private static bool TryNotation(PyValue value, string name, out string? text)
    {
        text = null;
        if (value.Kind != PyKind.Dict || value.Entries!.Count != 1 || value.Entries[0].Key != name || value.Entries[0].Value.Kind != PyKind.String)
        {
            return false;
        }

        text = value.Entries[0].Value.String;
        return true;
    }

    private static string View(string value, bool asJsonElement)
    {
        if (!asJsonElement) return value;
        var b = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                b.Append(c).Append(value[++i]);
            }
            else
            {
                b.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return b.ToString();
    }

    private static string Escape(string s) => string.Concat(s.Select(c => c < 0x20 || char.IsSurrogate(c) ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c.ToString()));

    /// <summary>
    /// Python's repr of a str read back: the quotes dropped and the escapes undone (<c>\\ \' \" \n \r \t \xNN
    /// \uNNNN \UNNNNNNNN</c>); <c>'\ud800'</c> is the one UTF-16 unit U+D800.
    /// </summary>
    public static string FromPythonRepr(string repr)
    {
        if (repr.Length < 2 || (repr[0] != '\'' && repr[0] != '"') || repr[repr.Length - 1] != repr[0])
        {
            throw new FormatException("not a Python str repr: " + repr);
        }

        var b = new StringBuilder(repr.Length);
        for (int i = 1; i < repr.Length - 1; i++)
        {
            char c = repr[i];
            if (c != '\\')
            {
                b.Append(c);
                continue;
            }

            char e = repr[++i];
            switch (e)
            {
                case '\\': b.Append('\\'); break;
                case '\'': b.Append('\''); break;
                case '"': b.Append('"'); break;
                case 'n': b.Append('\n'); break;
                case 'r': b.Append('\r'); break;
                case 't': b.Append('\t'); break;
                case 'x': AppendCodePoint(b, repr, ref i, 2); break;
                case 'u': AppendCodePoint(b, repr, ref i, 4); break;
                case 'U': AppendCodePoint(b, repr, ref i, 8); break;
                default: throw new FormatException("unknown escape \\" + e + " in " + repr);
            }
        }

        return b.ToString();
    }

    private static void AppendCodePoint(StringBuilder b, string repr, ref int i, int digits)
    {
        int codePoint = int.Parse(repr.AsSpan(i + 1, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        i += digits;
        // A surrogate code point stays one UTF-16 unit; char.ConvertFromUtf32 would refuse it.
        if (codePoint < 0x10000) b.Append((char)codePoint);
        else b.Append(char.ConvertFromUtf32(codePoint));
    }
}
