using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AirflowSecrets.Python
{
    /// <summary>A URI Python's <c>urllib.parse</c> rejects (its <c>ValueError</c>); the message never holds the URI.</summary>
    internal sealed class PyUrlException : Exception
    {
        public PyUrlException(string message) : base(message)
        {
        }
    }

    /// <summary>The parts of Python's <c>urlsplit</c> result and its derived properties.</summary>
    internal sealed class PySplitResult
    {
        public PySplitResult(string scheme, string netloc, string path, string query, string fragment)
        {
            Scheme = scheme;
            Netloc = netloc;
            Path = path;
            Query = query;
            Fragment = fragment;
        }

        public string Scheme { get; }

        public string Netloc { get; }

        public string Path { get; }

        public string Query { get; }

        public string Fragment { get; }

        /// <summary><c>username</c>: the user part before the last <c>@</c>, or <c>null</c> when there is no <c>@</c>.</summary>
        public string? Username => UserInfo.User;

        /// <summary><c>password</c>: after the first <c>:</c> of the user part, or <c>null</c> without one.</summary>
        public string? Password => UserInfo.Password;

        private (string? User, string? Password) UserInfo
        {
            get
            {
                int at = Netloc.LastIndexOf('@');
                if (at < 0) return (null, null);
                string userinfo = Netloc.Substring(0, at);
                int colon = userinfo.IndexOf(':');
                return colon < 0 ? (userinfo, null) : (userinfo.Substring(0, colon), userinfo.Substring(colon + 1));
            }
        }

        private (string Host, string? Port) HostInfo
        {
            get
            {
                string hostinfo = Netloc.Substring(Netloc.LastIndexOf('@') + 1);
                string host;
                string port;
                int open = hostinfo.IndexOf('[');
                if (open >= 0)
                {
                    string bracketed = hostinfo.Substring(open + 1);
                    int close = bracketed.IndexOf(']');
                    host = close >= 0 ? bracketed.Substring(0, close) : bracketed;
                    string after = close >= 0 ? bracketed.Substring(close + 1) : string.Empty;
                    int colon = after.IndexOf(':');
                    port = colon >= 0 ? after.Substring(colon + 1) : string.Empty;
                }
                else
                {
                    int colon = hostinfo.IndexOf(':');
                    host = colon >= 0 ? hostinfo.Substring(0, colon) : hostinfo;
                    port = colon >= 0 ? hostinfo.Substring(colon + 1) : string.Empty;
                }

                return (host, port.Length == 0 ? null : port);
            }
        }

        /// <summary><c>hostname</c>: lower-cased (an IPv6 zone after <c>%</c> keeps its case), <c>null</c> when empty.</summary>
        public string? Hostname
        {
            get
            {
                string host = HostInfo.Host;
                if (host.Length == 0) return null;
                int percent = host.IndexOf('%');
                return percent < 0 ? PyText.Lower(host) : PyText.Lower(host.Substring(0, percent)) + host.Substring(percent);
            }
        }

        /// <summary>
        /// <c>port</c>: ASCII digits in 0..65535, or <c>null</c>; anything else is a <c>ValueError</c>, and so is
        /// a port of more than 4,300 digits (<c>int()</c>'s limit), leading zeros included.
        /// </summary>
        public int? Port
        {
            get
            {
                string? port = HostInfo.Port;
                if (port is null) return null;
                foreach (char c in port)
                {
                    if (c < '0' || c > '9') throw new PyUrlException("the port is not an integer");
                }

                if (port.Length > PyText.MaxIntDigits) throw new PyUrlException("the port has more digits than Python converts");
                string trimmed = port.TrimStart('0');
                if (trimmed.Length > 5) throw new PyUrlException("the port is out of range 0-65535");
                int value = trimmed.Length == 0 ? 0 : int.Parse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture);
                if (value > 65535) throw new PyUrlException("the port is out of range 0-65535");
                return value;
            }
        }
    }

    /// <summary>The parts of Python's <c>urllib.parse</c> that Airflow's connection code relies on.</summary>
    internal static class PyUrl
    {
        private const string SchemeChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.";

        /// <summary>Python's <c>urlsplit(url)</c> (3.11+ behaviour, fragments allowed).</summary>
        public static PySplitResult Split(string url)
        {
            if (url is null) throw new ArgumentNullException(nameof(url));
            // WHATWG C0 control-or-space stripped from the start; tab, CR and LF removed everywhere.
            int start = 0;
            while (start < url.Length && url[start] <= ' ') start++;
            url = url.Substring(start);
            if (url.IndexOf('\t') >= 0 || url.IndexOf('\r') >= 0 || url.IndexOf('\n') >= 0)
            {
                url = url.Replace("\t", string.Empty).Replace("\r", string.Empty).Replace("\n", string.Empty);
            }

            string scheme = string.Empty;
            string netloc = string.Empty;
            string query = string.Empty;
            string fragment = string.Empty;
            int colon = url.IndexOf(':');
            if (colon > 0 && url[0] < 0x80 && char.IsLetter(url[0]))
            {
                bool allSchemeChars = true;
                for (int k = 0; k < colon; k++)
                {
                    if (SchemeChars.IndexOf(url[k]) < 0)
                    {
                        allSchemeChars = false;
                        break;
                    }
                }

                if (allSchemeChars)
                {
                    scheme = url.Substring(0, colon).ToLowerInvariant();
                    url = url.Substring(colon + 1);
                }
            }

            if (url.StartsWith("//", StringComparison.Ordinal))
            {
                int delimiter = url.Length;
                foreach (char d in "/?#")
                {
                    int at = url.IndexOf(d, 2);
                    if (at >= 0 && at < delimiter) delimiter = at;
                }

                netloc = url.Substring(2, delimiter - 2);
                url = url.Substring(delimiter);
                bool hasOpen = netloc.IndexOf('[') >= 0;
                bool hasClose = netloc.IndexOf(']') >= 0;
                if (hasOpen != hasClose) throw new PyUrlException("Invalid IPv6 URL");
                if (hasOpen)
                {
                    string afterOpen = netloc.Substring(netloc.IndexOf('[') + 1);
                    int close = afterOpen.IndexOf(']');
                    CheckBracketedHost(close >= 0 ? afterOpen.Substring(0, close) : afterOpen);
                }
            }

            int hash = url.IndexOf('#');
            if (hash >= 0)
            {
                fragment = url.Substring(hash + 1);
                url = url.Substring(0, hash);
            }

            int question = url.IndexOf('?');
            if (question >= 0)
            {
                query = url.Substring(question + 1);
                url = url.Substring(0, question);
            }

            CheckNetloc(netloc);
            return new PySplitResult(scheme, netloc, url, query, fragment);
        }

        private static void CheckBracketedHost(string host)
        {
            if (host.StartsWith("v", StringComparison.Ordinal))
            {
                // \Av[a-fA-F0-9]+\..+\z
                int i = 1;
                while (i < host.Length && IsHex(host[i])) i++;
                if (i == 1 || i >= host.Length || host[i] != '.' || i + 1 >= host.Length)
                {
                    throw new PyUrlException("IPvFuture address is invalid");
                }

                return;
            }

            switch (PyIpAddress.Classify(host))
            {
                case PyIpAddress.Family.IPv6:
                    return;
                case PyIpAddress.Family.IPv4:
                    throw new PyUrlException("An IPv4 address cannot be in brackets");
                default:
                    throw new PyUrlException("the bracketed host is not an IP address");
            }
        }

        private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

        private static void CheckNetloc(string netloc)
        {
            bool ascii = true;
            foreach (char c in netloc)
            {
                if (c > 0x7F)
                {
                    ascii = false;
                    break;
                }
            }

            if (netloc.Length == 0 || ascii) return;
            // Python NFKC-normalises the netloc without '@', ':', '#' and '?' and fails when the result holds one
            // of "/?#@:". The netloc has no '/' (it ends before one), so that happens exactly when it holds a
            // character whose compatibility form brings one in (U+2100 'a/c', the fullwidth and small forms).
            // Testing those characters directly does not depend on .NET's Unicode version, and does not throw
            // on a lone surrogate as string.Normalize does.
            foreach (char c in netloc)
            {
                if (c > 0x7F && Array.BinarySearch(PyUnicodeData.NfkcNetlocBreakers, (int)c) >= 0)
                {
                    throw new PyUrlException("the host contains characters that are invalid under NFKC normalization");
                }
            }
        }

        /// <summary>Python's <c>unquote</c>: %XX sequences decoded as UTF-8, invalid bytes replaced by U+FFFD, the rest kept.</summary>
        public static string Unquote(string value)
        {
            if (value.IndexOf('%') < 0) return value;
            var result = new StringBuilder(value.Length);
            var bytes = new List<byte>();
            int i = 0;
            while (i < value.Length)
            {
                if (value[i] == '%' && i + 2 < value.Length && IsHex(value[i + 1]) && IsHex(value[i + 2]))
                {
                    bytes.Add((byte)((HexValue(value[i + 1]) << 4) | HexValue(value[i + 2])));
                    i += 3;
                    continue;
                }

                FlushBytes(bytes, result);
                result.Append(value[i]);
                i++;
            }

            FlushBytes(bytes, result);
            return result.ToString();
        }

        private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

        private static readonly Encoding Utf8Replacing = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

        private static void FlushBytes(List<byte> bytes, StringBuilder result)
        {
            if (bytes.Count == 0) return;
            result.Append(Utf8Replacing.GetString(bytes.ToArray()));
            bytes.Clear();
        }

        /// <summary>Python's <c>quote(value, safe="")</c>: everything but letters, digits and <c>_.-~</c> percent-encoded as UTF-8.</summary>
        public static string Quote(string value) => QuoteCore(value, plus: false);

        /// <summary>Python's <c>quote_plus(value, safe="")</c>: as <see cref="Quote"/>, with spaces as <c>+</c>.</summary>
        public static string QuotePlus(string value) => QuoteCore(value, plus: true);

        private static readonly Encoding Utf8Strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        private static string QuoteCore(string value, bool plus)
        {
            byte[] bytes;
            try
            {
                bytes = Utf8Strict.GetBytes(value);
            }
            catch (EncoderFallbackException)
            {
                // Python raises UnicodeEncodeError for a lone surrogate.
                throw new PyUrlException("the text holds a lone surrogate and cannot be encoded as UTF-8");
            }

            var b = new StringBuilder(bytes.Length);
            foreach (byte x in bytes)
            {
                char c = (char)x;
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-' || c == '~')
                {
                    b.Append(c);
                }
                else if (plus && c == ' ')
                {
                    b.Append('+');
                }
                else
                {
                    b.Append('%').Append(x.ToString("X2", CultureInfo.InvariantCulture));
                }
            }

            return b.ToString();
        }

        /// <summary>Python's <c>parse_qsl(query, keep_blank_values=True)</c>: <c>&amp;</c>-separated, <c>+</c> as space, percent-decoded.</summary>
        public static List<KeyValuePair<string, string>> ParseQsl(string query)
        {
            var result = new List<KeyValuePair<string, string>>();
            if (query.Length == 0) return result;
            foreach (string field in query.Split('&'))
            {
                if (field.Length == 0) continue;
                int eq = field.IndexOf('=');
                string name = eq >= 0 ? field.Substring(0, eq) : field;
                string value = eq >= 0 ? field.Substring(eq + 1) : string.Empty;
                result.Add(new KeyValuePair<string, string>(Unquote(name.Replace('+', ' ')), Unquote(value.Replace('+', ' '))));
            }

            return result;
        }

        /// <summary>Python's <c>urlencode(pairs)</c> for string pairs.</summary>
        public static string UrlEncode(IEnumerable<KeyValuePair<string, string>> pairs)
        {
            var b = new StringBuilder();
            foreach (var pair in pairs)
            {
                if (b.Length > 0) b.Append('&');
                b.Append(QuotePlus(pair.Key)).Append('=').Append(QuotePlus(pair.Value));
            }

            return b.ToString();
        }
    }
}
