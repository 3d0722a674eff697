using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace AirflowSecrets.Tests.Support;

/// <summary>JSON equality as Python compares decoded values: objects by key set, numbers by value.</summary>
public static class JsonAssert
{
    public static bool DeepEquals(JsonElement a, JsonElement b)
    {
        if (a.ValueKind != b.ValueKind)
        {
            return false;
        }

        switch (a.ValueKind)
        {
            case JsonValueKind.Object:
                var aProps = a.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
                var bProps = b.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
                return aProps.Count == bProps.Count && aProps.All(p => bProps.TryGetValue(p.Key, out var other) && DeepEquals(p.Value, other));
            case JsonValueKind.Array:
                return a.GetArrayLength() == b.GetArrayLength() && a.EnumerateArray().Zip(b.EnumerateArray()).All(pair => DeepEquals(pair.First, pair.Second));
            case JsonValueKind.String:
                return a.GetString() == b.GetString();
            case JsonValueKind.Number:
                return NumbersEqual(a.GetRawText(), b.GetRawText());
            default:
                return true; // true, false, null: the kind says it all
        }
    }

    public static bool NumbersEqual(string a, string b)
    {
        if (decimal.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal da)
            && decimal.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal db))
        {
            return da == db;
        }

        return double.Parse(a, CultureInfo.InvariantCulture).Equals(double.Parse(b, CultureInfo.InvariantCulture));
    }

    public static void Equal(JsonElement expected, JsonElement actual, string what)
    {
        Assert.True(DeepEquals(expected, actual), $"{what}: expected {expected.GetRawText()}, got {actual.GetRawText()}");
    }
}
