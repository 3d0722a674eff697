using System;
using System.Globalization;
using System.Text;

namespace AirflowSecrets.Python
{
    /// <summary>A JSON document Python's <c>json.loads</c> would reject; the message holds positions, never the text.</summary>
    internal sealed class PyJsonException : Exception
    {
        public PyJsonException(string message) : base(message)
        {
        }

        public PyJsonException(string message, bool isDecodeError) : base(message)
        {
            IsDecodeError = isDecodeError;
        }

        /// <summary>
        /// Whether Python raises <c>json.JSONDecodeError</c> (malformed text). <c>false</c> for the limits that
        /// raise other errors: <c>ValueError</c> for an integer of more than 4,300 digits and <c>RecursionError</c>
        /// for nesting deeper than the interpreter's stack allows. Airflow's <c>extra_dejson</c> catches only the former.
        /// </summary>
        public bool IsDecodeError { get; } = true;
    }

    /// <summary>
    /// Python's <c>json.loads</c> and <c>json.dumps</c> (default arguments), reproduced: it accepts
    /// <c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c>, integers of any size, <c>1e400</c> as infinity,
    /// duplicate keys (the last wins) and surrounding whitespace; it rejects a BOM, trailing commas,
    /// single quotes, control characters inside strings and leading zeros; and, as CPython 3.11 does, integers
    /// of more than 4,300 digits and nesting deeper than <see cref="MaxDepth"/>.
    /// </summary>
    internal static class PyJson
    {
        /// <summary>
        /// The deepest nesting of arrays and objects accepted. CPython's C decoder spends one level of the
        /// interpreter's recursion limit (1,000) per array or object, and the Python frames below the call spend
        /// the rest: <c>json.loads</c> called from a function at a script's top level accepts 994 levels (measured
        /// on CPython 3.11.7), the depth the conformance vectors were recorded at; deeper in a call stack it is less.
        /// </summary>
        public const int MaxDepth = 994;

        public static PyValue Loads(string text)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                throw Error(text, 0, "Unexpected UTF-8 BOM (decode using utf-8-sig)");
            }

            int pos = SkipWhitespace(text, 0);
            PyValue value = ParseValue(text, ref pos, 0);
            int end = SkipWhitespace(text, pos);
            if (end != text.Length) throw Error(text, end, "Extra data");
            return value;
        }

        private static int SkipWhitespace(string s, int pos)
        {
            while (pos < s.Length && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' || s[pos] == '\r')) pos++;
            return pos;
        }

        private static PyJsonException Error(string s, int pos, string message)
        {
            int line = 1;
            int lastNewline = -1;
            for (int i = 0; i < pos && i < s.Length; i++)
            {
                if (s[i] == '\n')
                {
                    line++;
                    lastNewline = i;
                }
            }

            int column = pos - lastNewline;
            return new PyJsonException(string.Format(CultureInfo.InvariantCulture, "{0}: line {1} column {2} (char {3})", message, line, column, pos));
        }

        private static PyValue ParseValue(string s, ref int pos, int depth)
        {
            if (pos >= s.Length) throw Error(s, pos, "Expecting value");
            char c = s[pos];
            switch (c)
            {
                case '"':
                    return PyValue.FromString(ParseString(s, ref pos));
                case '{':
                    return ParseObject(s, ref pos, depth + 1);
                case '[':
                    return ParseArray(s, ref pos, depth + 1);
                case 'n' when Matches(s, pos, "null"):
                    pos += 4;
                    return PyValue.None;
                case 't' when Matches(s, pos, "true"):
                    pos += 4;
                    return PyValue.True;
                case 'f' when Matches(s, pos, "false"):
                    pos += 5;
                    return PyValue.False;
                case 'N' when Matches(s, pos, "NaN"):
                    pos += 3;
                    return PyValue.FromFloat(double.NaN);
                case 'I' when Matches(s, pos, "Infinity"):
                    pos += 8;
                    return PyValue.FromFloat(double.PositiveInfinity);
                case '-' when Matches(s, pos, "-Infinity"):
                    pos += 9;
                    return PyValue.FromFloat(double.NegativeInfinity);
                default:
                    if (c == '-' || IsDigit(c)) return ParseNumber(s, ref pos);
                    throw Error(s, pos, "Expecting value");
            }
        }

        private static bool Matches(string s, int pos, string word) => pos + word.Length <= s.Length && string.CompareOrdinal(s, pos, word, 0, word.Length) == 0;

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static PyValue ParseNumber(string s, ref int pos)
        {
            int start = pos;
            int i = pos;
            if (s[i] == '-') i++;
            if (i >= s.Length || !IsDigit(s[i])) throw Error(s, start, "Expecting value");
            if (s[i] == '0') i++;
            else while (i < s.Length && IsDigit(s[i])) i++;
            bool isFloat = false;
            if (i + 1 < s.Length && s[i] == '.' && IsDigit(s[i + 1]))
            {
                isFloat = true;
                i += 2;
                while (i < s.Length && IsDigit(s[i])) i++;
            }

            if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
            {
                int j = i + 1;
                if (j < s.Length && (s[j] == '+' || s[j] == '-')) j++;
                if (j < s.Length && IsDigit(s[j]))
                {
                    isFloat = true;
                    while (j < s.Length && IsDigit(s[j])) j++;
                    i = j;
                }
            }

            pos = i;
            string token = s.Substring(start, i - start);
            if (!isFloat)
            {
                int digitCount = token[0] == '-' ? token.Length - 1 : token.Length;
                if (digitCount > PyText.MaxIntDigits)
                {
                    throw new PyJsonException(
                        string.Format(CultureInfo.InvariantCulture, "Exceeds the limit ({0} digits) for integer string conversion: value has {1} digits", PyText.MaxIntDigits, digitCount),
                        isDecodeError: false);
                }

                string digits = token == "-0" ? "0" : token;
                return PyValue.FromIntText(digits);
            }

            return PyValue.FromFloat(ParseDouble(token));
        }

        /// <summary>Python's <c>float()</c> of a JSON number: out-of-range magnitudes become infinities.</summary>
        internal static double ParseDouble(string token)
        {
            try
            {
                return double.Parse(token, NumberStyles.Float, CultureInfo.InvariantCulture);
            }
            catch (OverflowException)
            {
                // .NET Framework throws where .NET Core returns an infinity.
                return token.StartsWith("-", StringComparison.Ordinal) ? double.NegativeInfinity : double.PositiveInfinity;
            }
        }

        private static string ParseString(string s, ref int pos)
        {
            int begin = pos; // the opening quote
            int i = pos + 1;
            StringBuilder? builder = null;
            int chunkStart = i;
            while (true)
            {
                if (i >= s.Length) throw Error(s, begin, "Unterminated string starting at");
                char c = s[i];
                if (c == '"')
                {
                    string result;
                    if (builder == null) result = s.Substring(chunkStart, i - chunkStart);
                    else result = builder.Append(s, chunkStart, i - chunkStart).ToString();
                    pos = i + 1;
                    return result;
                }

                if (c < 0x20) throw Error(s, i, "Invalid control character at");
                if (c != '\\')
                {
                    i++;
                    continue;
                }

                builder ??= new StringBuilder();
                builder.Append(s, chunkStart, i - chunkStart);
                if (i + 1 >= s.Length) throw Error(s, begin, "Unterminated string starting at");
                char e = s[i + 1];
                switch (e)
                {
                    case '"': builder.Append('"'); i += 2; break;
                    case '\\': builder.Append('\\'); i += 2; break;
                    case '/': builder.Append('/'); i += 2; break;
                    case 'b': builder.Append('\b'); i += 2; break;
                    case 'f': builder.Append('\f'); i += 2; break;
                    case 'n': builder.Append('\n'); i += 2; break;
                    case 'r': builder.Append('\r'); i += 2; break;
                    case 't': builder.Append('\t'); i += 2; break;
                    case 'u':
                        if (!TryHex4(s, i + 2, out int code)) throw Error(s, i + 1, "Invalid \\uXXXX escape");
                        builder.Append((char)code);
                        i += 6;
                        break;
                    default:
                        throw Error(s, i, "Invalid \\escape");
                }

                chunkStart = i;
            }
        }

        private static bool TryHex4(string s, int at, out int value)
        {
            value = 0;
            if (at + 4 > s.Length) return false;
            for (int k = 0; k < 4; k++)
            {
                char h = s[at + k];
                int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
                if (d < 0) return false;
                value = (value << 4) | d;
            }

            return true;
        }

        private static PyJsonException TooDeep(string container) =>
            new PyJsonException("maximum recursion depth exceeded while decoding a JSON " + container, isDecodeError: false);

        private static PyValue ParseObject(string s, ref int pos, int depth)
        {
            if (depth > MaxDepth) throw TooDeep("object");
            var dict = PyValue.NewDict();
            int i = SkipWhitespace(s, pos + 1);
            if (i < s.Length && s[i] == '}')
            {
                pos = i + 1;
                return dict;
            }

            while (true)
            {
                if (i >= s.Length || s[i] != '"') throw Error(s, i, "Expecting property name enclosed in double quotes");
                string key = ParseString(s, ref i);
                i = SkipWhitespace(s, i);
                if (i >= s.Length || s[i] != ':') throw Error(s, i, "Expecting ':' delimiter");
                i = SkipWhitespace(s, i + 1);
                PyValue value = ParseValue(s, ref i, depth);
                dict.SetItem(key, value);
                i = SkipWhitespace(s, i);
                if (i < s.Length && s[i] == '}')
                {
                    pos = i + 1;
                    return dict;
                }

                if (i >= s.Length || s[i] != ',') throw Error(s, i, "Expecting ',' delimiter");
                i = SkipWhitespace(s, i + 1);
            }
        }

        private static PyValue ParseArray(string s, ref int pos, int depth)
        {
            if (depth > MaxDepth) throw TooDeep("array");
            var list = PyValue.NewList();
            int i = SkipWhitespace(s, pos + 1);
            if (i < s.Length && s[i] == ']')
            {
                pos = i + 1;
                return list;
            }

            while (true)
            {
                PyValue value = ParseValue(s, ref i, depth);
                list.Items!.Add(value);
                i = SkipWhitespace(s, i);
                if (i < s.Length && s[i] == ']')
                {
                    pos = i + 1;
                    return list;
                }

                if (i >= s.Length || s[i] != ',') throw Error(s, i, "Expecting ',' delimiter");
                i = SkipWhitespace(s, i + 1);
            }
        }

        /// <summary>Python's <c>json.dumps(value)</c> with default arguments (ASCII-only output, <c>", "</c> and <c>": "</c> separators).</summary>
        public static string Dumps(PyValue value)
        {
            var builder = new StringBuilder();
            Write(builder, value, python: true);
            return builder.ToString();
        }

        /// <summary>
        /// Standard JSON (RFC 8259) for the same value, for System.Text.Json: non-finite floats become the
        /// strings <c>"NaN"</c>, <c>"Infinity"</c>, <c>"-Infinity"</c>, which it reads into a
        /// <see cref="double"/> with <c>JsonNumberHandling.AllowNamedFloatingPointLiterals</c>.
        /// </summary>
        public static string ToStandardJson(PyValue value) => ToStandardJson(value, replaceLoneSurrogates: false);

        /// <summary>
        /// As <see cref="ToStandardJson(PyValue)"/>; with <paramref name="replaceLoneSurrogates"/>, a lone surrogate in
        /// a string or key is written as U+FFFD, because System.Text.Json refuses to read one back as a string.
        /// </summary>
        public static string ToStandardJson(PyValue value, bool replaceLoneSurrogates)
        {
            var builder = new StringBuilder();
            Write(builder, value, python: false, replaceLoneSurrogates);
            return builder.ToString();
        }

        private static void Write(StringBuilder b, PyValue value, bool python, bool replaceLoneSurrogates = false)
        {
            switch (value.Kind)
            {
                case PyKind.Null: b.Append("null"); break;
                case PyKind.Bool: b.Append(value.Bool ? "true" : "false"); break;
                case PyKind.Int: b.Append(value.IntText); break;
                case PyKind.Float:
                    string repr = FloatRepr(value.Float);
                    if (!python && (double.IsNaN(value.Float) || double.IsInfinity(value.Float))) b.Append('"').Append(repr).Append('"');
                    else b.Append(repr);
                    break;
                case PyKind.String: WriteString(b, value.String!, replaceLoneSurrogates); break;
                case PyKind.List:
                    b.Append('[');
                    for (int i = 0; i < value.Items!.Count; i++)
                    {
                        if (i > 0) b.Append(python ? ", " : ",");
                        Write(b, value.Items[i], python, replaceLoneSurrogates);
                    }

                    b.Append(']');
                    break;
                default:
                    b.Append('{');
                    for (int i = 0; i < value.Entries!.Count; i++)
                    {
                        if (i > 0) b.Append(python ? ", " : ",");
                        WriteString(b, value.Entries[i].Key, replaceLoneSurrogates);
                        b.Append(python ? ": " : ":");
                        Write(b, value.Entries[i].Value, python, replaceLoneSurrogates);
                    }

                    b.Append('}');
                    break;
            }
        }

        private static void WriteString(StringBuilder b, string s, bool replaceLoneSurrogates)
        {
            b.Append('"');
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (replaceLoneSurrogates && char.IsSurrogate(c))
                {
                    bool paired = char.IsHighSurrogate(c) ? i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) : i > 0 && char.IsHighSurrogate(s[i - 1]);
                    if (!paired) c = '\uFFFD';
                }

                switch (c)
                {
                    case '"': b.Append("\\\""); break;
                    case '\\': b.Append("\\\\"); break;
                    case '\n': b.Append("\\n"); break;
                    case '\r': b.Append("\\r"); break;
                    case '\t': b.Append("\\t"); break;
                    case '\b': b.Append("\\b"); break;
                    case '\f': b.Append("\\f"); break;
                    default:
                        if (c < ' ' || c > '~') b.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else b.Append(c);
                        break;
                }
            }

            b.Append('"');
        }

        /// <summary>Python's <c>repr(float)</c>: the shortest round-trip digits, scientific below 1e-4 and from 1e16.</summary>
        public static string FloatRepr(double value)
        {
            if (double.IsNaN(value)) return "NaN";
            if (double.IsPositiveInfinity(value)) return "Infinity";
            if (double.IsNegativeInfinity(value)) return "-Infinity";

            string r = value.ToString("R", CultureInfo.InvariantCulture);
            bool negative = r[0] == '-';
            if (negative) r = r.Substring(1);
            int exponentAt = r.IndexOf('E');
            string mantissa = exponentAt >= 0 ? r.Substring(0, exponentAt) : r;
            int exponent = exponentAt >= 0 ? int.Parse(r.Substring(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
            int dot = mantissa.IndexOf('.');
            string digits = dot >= 0 ? mantissa.Remove(dot, 1) : mantissa;
            int pointPosition = (dot >= 0 ? dot : mantissa.Length) + exponent; // decimal point after this many digits
            int leadingZeros = 0;
            while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0') leadingZeros++;
            digits = digits.Substring(leadingZeros);
            pointPosition -= leadingZeros;
            digits = digits.TrimEnd('0');
            if (digits.Length == 0)
            {
                digits = "0";
                pointPosition = 1;
            }

            int decimalExponent = pointPosition - 1; // exponent in d.ddd × 10^e form
            var b = new StringBuilder();
            if (negative) b.Append('-');
            if (digits == "0")
            {
                b.Append("0.0");
            }
            else if (decimalExponent < -4 || decimalExponent >= 16)
            {
                b.Append(digits[0]);
                if (digits.Length > 1) b.Append('.').Append(digits, 1, digits.Length - 1);
                b.Append('e').Append(decimalExponent < 0 ? '-' : '+');
                b.Append(Math.Abs(decimalExponent).ToString("00", CultureInfo.InvariantCulture));
            }
            else if (pointPosition <= 0)
            {
                b.Append("0.").Append('0', -pointPosition).Append(digits);
            }
            else if (pointPosition >= digits.Length)
            {
                b.Append(digits).Append('0', pointPosition - digits.Length).Append(".0");
            }
            else
            {
                b.Append(digits, 0, pointPosition).Append('.').Append(digits, pointPosition, digits.Length - pointPosition);
            }

            return b.ToString();
        }
    }
}
