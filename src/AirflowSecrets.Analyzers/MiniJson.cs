using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AirflowSecrets.Analyzers
{
    /// <summary>
    /// Just enough JSON to look inside Airflow connection JSON and backend kwargs: objects, arrays, strings and
    /// scalars. Returns <c>null</c> for anything that is not well-formed, so that no guess is made from broken text.
    /// </summary>
    internal static class MiniJson
    {
        /// <summary>A parsed value: a string, an object (ordered pairs), a list, or a scalar (its raw text).</summary>
        public sealed class Node
        {
            public string? Text { get; set; }

            public List<KeyValuePair<string, Node>>? Properties { get; set; }

            public List<Node>? Items { get; set; }

            public bool IsString { get; set; }
        }

        public static Node? Parse(string text)
        {
            int i = 0;
            Node? node = Value(text, ref i, depth: 0);
            Skip(text, ref i);
            return node != null && i == text.Length ? node : null;
        }

        private static Node? Value(string s, ref int i, int depth)
        {
            if (depth > 32) return null;
            Skip(s, ref i);
            if (i >= s.Length) return null;
            char c = s[i];
            if (c == '{')
            {
                i++;
                var node = new Node { Properties = new List<KeyValuePair<string, Node>>() };
                Skip(s, ref i);
                if (i < s.Length && s[i] == '}')
                {
                    i++;
                    return node;
                }

                while (true)
                {
                    Skip(s, ref i);
                    string? key = String(s, ref i);
                    if (key is null) return null;
                    Skip(s, ref i);
                    if (i >= s.Length || s[i] != ':') return null;
                    i++;
                    Node? value = Value(s, ref i, depth + 1);
                    if (value is null) return null;
                    node.Properties.Add(new KeyValuePair<string, Node>(key, value));
                    Skip(s, ref i);
                    if (i < s.Length && s[i] == ',')
                    {
                        i++;
                        continue;
                    }

                    if (i < s.Length && s[i] == '}')
                    {
                        i++;
                        return node;
                    }

                    return null;
                }
            }

            if (c == '[')
            {
                i++;
                var node = new Node { Items = new List<Node>() };
                Skip(s, ref i);
                if (i < s.Length && s[i] == ']')
                {
                    i++;
                    return node;
                }

                while (true)
                {
                    Node? item = Value(s, ref i, depth + 1);
                    if (item is null) return null;
                    node.Items.Add(item);
                    Skip(s, ref i);
                    if (i < s.Length && s[i] == ',')
                    {
                        i++;
                        continue;
                    }

                    if (i < s.Length && s[i] == ']')
                    {
                        i++;
                        return node;
                    }

                    return null;
                }
            }

            if (c == '"')
            {
                string? text = String(s, ref i);
                return text is null ? null : new Node { Text = text, IsString = true };
            }

            int start = i;
            while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] == '-' || s[i] == '+' || s[i] == '.')) i++;
            return i > start ? new Node { Text = s.Substring(start, i - start) } : null;
        }

        private static string? String(string s, ref int i)
        {
            if (i >= s.Length || s[i] != '"') return null;
            i++;
            var text = new StringBuilder();
            while (i < s.Length)
            {
                char c = s[i++];
                if (c == '"') return text.ToString();
                if (c != '\\')
                {
                    text.Append(c);
                    continue;
                }

                if (i >= s.Length) return null;
                char e = s[i++];
                switch (e)
                {
                    case 'n': text.Append('\n'); break;
                    case 't': text.Append('\t'); break;
                    case 'r': text.Append('\r'); break;
                    case 'b': text.Append('\b'); break;
                    case 'f': text.Append('\f'); break;
                    case 'u':
                        if (i + 4 > s.Length || !int.TryParse(s.Substring(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code)) return null;
                        text.Append((char)code);
                        i += 4;
                        break;
                    default: text.Append(e); break;
                }
            }

            return null;
        }

        private static void Skip(string s, ref int i)
        {
            while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
        }
    }
}
