using System;
using System.Collections.Generic;

namespace AirflowSecrets.Python
{
    /// <summary>The kinds of value Python's <c>json.loads</c> produces.</summary>
    internal enum PyKind
    {
        Null,
        Bool,
        Int,
        Float,
        String,
        List,
        Dict,
    }

    /// <summary>
    /// A value as Python's <c>json</c> module sees it: integers of any size (kept as canonical digits),
    /// floats including NaN and the infinities, and dicts that keep insertion order with the last
    /// duplicate key winning in the first key's place.
    /// </summary>
    internal sealed class PyValue
    {
        public static readonly PyValue None = new PyValue(PyKind.Null);
        public static readonly PyValue True = new PyValue(PyKind.Bool) { Bool = true };
        public static readonly PyValue False = new PyValue(PyKind.Bool) { Bool = false };

        private PyValue(PyKind kind) => Kind = kind;

        private Dictionary<string, int>? _index;

        public PyKind Kind { get; }

        public bool Bool { get; private set; }

        /// <summary>Canonical decimal digits of an int (<c>-0</c> is <c>0</c>).</summary>
        public string? IntText { get; private set; }

        public double Float { get; private set; }

        public string? String { get; private set; }

        public List<PyValue>? Items { get; private set; }

        public List<KeyValuePair<string, PyValue>>? Entries { get; private set; }

        public static PyValue FromString(string value) => new PyValue(PyKind.String) { String = value };

        public static PyValue FromFloat(double value) => new PyValue(PyKind.Float) { Float = value };

        public static PyValue FromIntText(string canonicalDigits) => new PyValue(PyKind.Int) { IntText = canonicalDigits };

        public static PyValue FromInt(long value) => FromIntText(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

        public static PyValue NewList() => new PyValue(PyKind.List) { Items = new List<PyValue>() };

        public static PyValue NewDict() => new PyValue(PyKind.Dict) { Entries = new List<KeyValuePair<string, PyValue>>() };

        /// <summary>Python <c>dict[key] = value</c>: replaces in place when present, appends otherwise.</summary>
        public void SetItem(string key, PyValue value)
        {
            var entries = Entries ?? throw new InvalidOperationException("Not a dict.");
            _index ??= new Dictionary<string, int>(StringComparer.Ordinal);
            if (_index.TryGetValue(key, out int position))
            {
                entries[position] = new KeyValuePair<string, PyValue>(key, value);
                return;
            }

            _index.Add(key, entries.Count);
            entries.Add(new KeyValuePair<string, PyValue>(key, value));
        }

        public bool TryGetItem(string key, out PyValue value)
        {
            if (_index != null && _index.TryGetValue(key, out int position))
            {
                value = Entries![position].Value;
                return true;
            }

            value = None;
            return false;
        }

        /// <summary>Python truthiness.</summary>
        public bool IsTruthy
        {
            get
            {
                switch (Kind)
                {
                    case PyKind.Null: return false;
                    case PyKind.Bool: return Bool;
                    case PyKind.Int: return IntText != "0";
                    case PyKind.Float: return Float != 0.0; // NaN is truthy in Python, and NaN != 0.0 holds.
                    case PyKind.String: return String!.Length > 0;
                    case PyKind.List: return Items!.Count > 0;
                    default: return Entries!.Count > 0;
                }
            }
        }

        /// <summary>The Python type name, as <c>type(value).__name__</c> gives it.</summary>
        public string PythonTypeName
        {
            get
            {
                switch (Kind)
                {
                    case PyKind.Null: return "NoneType";
                    case PyKind.Bool: return "bool";
                    case PyKind.Int: return "int";
                    case PyKind.Float: return "float";
                    case PyKind.String: return "str";
                    case PyKind.List: return "list";
                    default: return "dict";
                }
            }
        }
    }
}
