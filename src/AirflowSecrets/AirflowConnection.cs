using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AirflowSecrets.Python;

namespace AirflowSecrets
{
    /// <summary>
    /// An Airflow connection, parsed exactly as Airflow's Task SDK <c>Connection</c> parses a value
    /// stored in a secrets backend (URI or JSON). Immutable. <see cref="ToString"/> masks the password and extra.
    /// </summary>
    public sealed class AirflowConnection
    {
        /// <summary>The query parameter that carries the raw extra in a connection URI.</summary>
        public const string ExtraKey = "__extra__";

        private JsonElement? _extraDejson;

        /// <summary>
        /// Creates a connection from its fields, as Airflow's <c>Connection(...)</c> does: nothing is checked here;
        /// like Airflow's <c>get_uri()</c>, <see cref="GetUri"/> refuses a port outside 0..65535.
        /// </summary>
        public AirflowConnection(
            string? connId = null,
            string? connType = null,
            string? host = null,
            string? login = null,
            string? password = null,
            string? schema = null,
            int? port = null,
            string? extra = null,
            string? description = null)
        {
            ConnId = connId;
            ConnType = connType;
            Host = host;
            Login = login;
            Password = password;
            Schema = schema;
            Port = port;
            Extra = extra;
            Description = description;
        }

        /// <summary>The connection id.</summary>
        public string? ConnId { get; }

        /// <summary>The connection type (<c>postgres</c>, <c>google_cloud_platform</c>…), normalised as Airflow does.</summary>
        public string? ConnType { get; }

        /// <summary>The host. Airflow lower-cases hosts parsed from URIs.</summary>
        public string? Host { get; }

        /// <summary>The login.</summary>
        public string? Login { get; }

        /// <summary>The password. Never printed by <see cref="ToString"/>.</summary>
        public string? Password { get; }

        /// <summary>The schema (for URIs, the path after the host).</summary>
        public string? Schema { get; }

        /// <summary>The port.</summary>
        public int? Port { get; }

        /// <summary>The raw extra string (usually a JSON object).</summary>
        public string? Extra { get; }

        /// <summary>The description.</summary>
        public string? Description { get; }

        /// <summary>
        /// Airflow's <c>extra_dejson</c>: the extra parsed as JSON with Python's rules, or an empty object
        /// when there is no extra or it is not JSON. It may be an array or a scalar when the extra is one.
        /// NaN and the infinities appear as the strings <c>"NaN"</c>, <c>"Infinity"</c>, <c>"-Infinity"</c>,
        /// and a lone surrogate (which no UTF-8 text can hold) as U+FFFD, since <see cref="JsonElement"/> cannot
        /// carry either; <see cref="Extra"/> keeps the raw text.
        /// </summary>
        /// <exception cref="AirflowConnectionFormatException">
        /// The extra is JSON that Python refuses with an error other than a decoding error, so Airflow's
        /// <c>extra_dejson</c> raises too: an integer of more than 4,300 digits, or nesting deeper than 994 levels.
        /// </exception>
        public JsonElement ExtraDejson => _extraDejson ??= ComputeExtraDejson();

        private JsonElement ComputeExtraDejson()
        {
            PyValue value = ExtraDejsonValue();
            using var document = JsonDocument.Parse(PyJson.ToStandardJson(value, replaceLoneSurrogates: true), ExtraDocumentOptions);
            return document.RootElement.Clone();
        }

        // Deep enough for everything PyJson accepts (the default of 64 is not).
        private static readonly JsonDocumentOptions ExtraDocumentOptions = new() { MaxDepth = PyJson.MaxDepth + 1 };

        internal PyValue ExtraDejsonValue()
        {
            if (string.IsNullOrEmpty(Extra)) return PyValue.NewDict();
            try
            {
                return PyJson.Loads(Extra!);
            }
            catch (PyJsonException ex) when (ex.IsDecodeError)
            {
                // Airflow logs the JSONDecodeError and returns {}.
                return PyValue.NewDict();
            }
            catch (PyJsonException ex)
            {
                // Python's ValueError (too many digits) or RecursionError (too deep) escapes extra_dejson.
                throw new AirflowConnectionFormatException(ConnId, "its extra cannot be read as JSON (" + ex.Message + ")");
            }
        }

        /// <summary>Deserialises <see cref="ExtraDejson"/> into <typeparamref name="T"/> with the variable JSON rules.</summary>
        [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(AirflowJson.ReflectionWarning)]
        [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(AirflowJson.ReflectionDynamicWarning)]
        public T? GetExtraDejson<T>(JsonSerializerOptions? options = null)
        {
            try
            {
                return AirflowJson.DeserializeStandard<T>(PyJson.ToStandardJson(ExtraDejsonValue(), replaceLoneSurrogates: true), options);
            }
            catch (JsonException ex)
            {
                throw new AirflowConnectionFormatException(ConnId, "its extra does not fit " + typeof(T).FullName + AirflowJson.DescribePath(ex));
            }
        }

        /// <summary>
        /// Parses a value as stored in a secrets backend, as Airflow's <c>deserialize_connection</c> does:
        /// surrounding whitespace is stripped; a value starting with <c>{</c> is JSON, anything else a URI.
        /// </summary>
        /// <exception cref="AirflowConnectionFormatException">The value is empty or malformed; the message names the id, never the value.</exception>
        public static AirflowConnection Parse(string value, string? connId = null)
        {
            if (value is null) throw new ArgumentNullException(nameof(value));
            string trimmed = PyText.Strip(value);
            if (trimmed.Length == 0)
            {
                throw new AirflowConnectionFormatException(connId, "the value is empty or only whitespace");
            }

            return trimmed[0] == '{' ? FromJson(trimmed, connId) : FromUri(trimmed, connId);
        }

        /// <summary>Airflow's <c>Connection.from_uri</c>.</summary>
        /// <exception cref="AirflowConnectionFormatException">The URI is malformed.</exception>
        public static AirflowConnection FromUri(string uri, string? connId = null)
        {
            if (uri is null) throw new ArgumentNullException(nameof(uri));
            try
            {
                return FromUriCore(uri, connId);
            }
            catch (PyUrlException ex)
            {
                throw new AirflowConnectionFormatException(connId, "the URI is invalid (" + ex.Message + ")");
            }
            catch (PyJsonException ex)
            {
                throw new AirflowConnectionFormatException(connId, "the URI is invalid (" + ex.Message + ")");
            }
        }

        private static AirflowConnection FromUriCore(string uri, string? connId)
        {
            int schemes = CountOccurrences(uri, "://");
            if (schemes > 2)
            {
                throw new AirflowConnectionFormatException(connId, "the URI holds more than two '://' separators");
            }

            bool hostWithProtocol = schemes == 2;
            string connType = PyUrl.Split(uri).Scheme;
            string normalizedConnType = NormalizeConnType(connType);
            string rest = ReplaceOrdinal(uri, connType + "://", hostWithProtocol ? string.Empty : "//");
            if (hostWithProtocol)
            {
                int separator = rest.IndexOf("://", StringComparison.Ordinal);
                string first = separator >= 0 ? rest.Substring(0, separator) : rest;
                if (first.IndexOf('@') >= 0 || first.IndexOf(':') >= 0)
                {
                    throw new AirflowConnectionFormatException(connId, "the protocol inside the host holds '@' or ':'");
                }
            }

            PySplitResult parts = PyUrl.Split(rest);
            string? protocol = hostWithProtocol ? parts.Scheme : null;
            string host = ParseNetlocToHostname(parts);
            string parsedHost = host.Length == 0 || string.IsNullOrEmpty(protocol) ? host : protocol + "://" + host;
            // path[1:] drops the first code point: with no leading '/', a whole surrogate pair.
            string quotedSchema = PyText.SkipCodePoints(parts.Path, 1);
            string schema = quotedSchema.Length > 0 ? PyUrl.Unquote(quotedSchema) : quotedSchema;
            string? username = parts.Username;
            string? login = string.IsNullOrEmpty(username) ? username : PyUrl.Unquote(username!);
            string? rawPassword = parts.Password;
            string? password = string.IsNullOrEmpty(rawPassword) ? rawPassword : PyUrl.Unquote(rawPassword!);
            int? port = parts.Port;
            string? extra = null;
            if (parts.Query.Length > 0)
            {
                var query = PyValue.NewDict();
                foreach (var pair in PyUrl.ParseQsl(parts.Query))
                {
                    query.SetItem(pair.Key, PyValue.FromString(pair.Value));
                }

                extra = query.TryGetItem(ExtraKey, out PyValue raw) ? raw.String : PyJson.Dumps(query);
            }

            return new AirflowConnection(connId, normalizedConnType, parsedHost, login, password, schema, port, extra);
        }

        private static string ParseNetlocToHostname(PySplitResult parts)
        {
            string hostname = PyUrl.Unquote(parts.Hostname ?? string.Empty);
            if (hostname.IndexOf('/') < 0) return hostname;
            string raw = parts.Netloc;
            int at = raw.LastIndexOf('@');
            if (at >= 0) raw = raw.Substring(at + 1);
            int colon = raw.IndexOf(':');
            if (colon >= 0) raw = raw.Substring(0, colon);
            return PyUrl.Unquote(raw);
        }

        /// <summary>Airflow's <c>Connection.from_json</c> (Task SDK rules).</summary>
        /// <exception cref="AirflowConnectionFormatException">The JSON is malformed or has fields Airflow rejects.</exception>
        public static AirflowConnection FromJson(string json, string? connId = null)
        {
            if (json is null) throw new ArgumentNullException(nameof(json));
            PyValue document;
            try
            {
                document = PyJson.Loads(json);
            }
            catch (PyJsonException ex)
            {
                throw new AirflowConnectionFormatException(connId, "the JSON is invalid (" + ex.Message + ")");
            }

            if (document.Kind != PyKind.Dict)
            {
                throw new AirflowConnectionFormatException(connId, "the JSON is a " + document.PythonTypeName + ", not an object");
            }

            string? connType = null;
            string? host = null, login = null, password = null, schema = null, description = null, extra = null, uri = null;
            bool hasUri = false;
            bool hasFields = false;
            int? port = null;
            foreach (var entry in document.Entries!)
            {
                PyValue value = entry.Value;
                switch (entry.Key)
                {
                    case "extra":
                        if (value.IsTruthy)
                        {
                            extra = value.Kind == PyKind.String ? value.String : PyJson.Dumps(value);
                            hasFields = true;
                        }

                        break;
                    case "conn_type":
                        if (value.IsTruthy)
                        {
                            if (value.Kind != PyKind.String) throw new AirflowConnectionFormatException(connId, "'conn_type' is a " + value.PythonTypeName + ", not a string");
                            connType = NormalizeConnType(value.String!);
                            hasFields = true;
                        }

                        break;
                    case "port":
                        if (value.Kind != PyKind.Null)
                        {
                            port = CoercePort(value, connId);
                            hasFields = true;
                        }

                        break;
                    case "host": host = TextField(value, "host", connId); hasFields = true; break;
                    case "login": login = TextField(value, "login", connId); hasFields = true; break;
                    case "password": password = TextField(value, "password", connId); hasFields = true; break;
                    case "schema": schema = TextField(value, "schema", connId); hasFields = true; break;
                    case "description":
                        // Informational only: a number reads as its text, any other non-string as no description.
                        description = value.Kind is PyKind.String or PyKind.Int or PyKind.Float ? TextField(value, "description", connId) : null;
                        hasFields = true;
                        break;
                    case "uri":
                        hasUri = true;
                        uri = value.Kind == PyKind.Null ? null : StringField(value, "uri", connId);
                        break;
                    case "conn_id":
                        throw new AirflowConnectionFormatException(connId, "the JSON sets 'conn_id', which Airflow does not accept in a stored value");
                    default:
                        throw new AirflowConnectionFormatException(connId, "the JSON has the unknown field '" + entry.Key + "'");
                }
            }

            if (hasUri && uri != null)
            {
                if (hasFields)
                {
                    throw new AirflowConnectionFormatException(connId, "the JSON mixes 'uri' with individual fields");
                }

                return FromUri(uri, connId);
            }

            return new AirflowConnection(connId, connType, host, login, password, schema, port, extra, description);
        }

        // Airflow keeps whatever JSON value a field holds. A number is what a driver receives as str(number)
        // ("password": 123456 works on Airflow workers), so it reads as that text; a bool, list or dict
        // cannot be a host, login, password or schema, so it is a format error naming the field.
        private static string? TextField(PyValue value, string field, string? connId)
        {
            switch (value.Kind)
            {
                case PyKind.Null: return null;
                case PyKind.String: return value.String;
                case PyKind.Int: return value.IntText;
                case PyKind.Float: return PythonFloatStr(value.Float);
                default:
                    throw new AirflowConnectionFormatException(connId, "'" + field + "' is a " + value.PythonTypeName + ", not a string or a number");
            }
        }

        // Python's str(float): repr, with 'nan', 'inf' and '-inf' for the special values.
        private static string PythonFloatStr(double value)
        {
            if (double.IsNaN(value)) return "nan";
            if (double.IsInfinity(value)) return value > 0 ? "inf" : "-inf";
            return PyJson.FloatRepr(value);
        }

        private static string? StringField(PyValue value, string field, string? connId)
        {
            if (value.Kind == PyKind.Null) return null;
            if (value.Kind != PyKind.String)
            {
                throw new AirflowConnectionFormatException(connId, "'" + field + "' is a " + value.PythonTypeName + ", not a string");
            }

            return value.String;
        }

        private static int? CoercePort(PyValue value, string? connId)
        {
            string digits;
            if (value.Kind == PyKind.String)
            {
                if (value.String!.Length == 0) return null;
                if (!PyText.TryParseInt(value.String, out digits))
                {
                    throw new AirflowConnectionFormatException(connId, "'port' is not an integer");
                }
            }
            else if (value.Kind == PyKind.Int)
            {
                digits = value.IntText!;
            }
            else
            {
                throw new AirflowConnectionFormatException(connId, "'port' is a " + value.PythonTypeName + ", not an integer");
            }

            bool negative = digits.StartsWith("-", StringComparison.Ordinal);
            string magnitude = (negative ? digits.Substring(1) : digits).TrimStart('0');
            if (negative && magnitude.Length > 0 || magnitude.Length > 5 || (magnitude.Length > 0 && int.Parse(magnitude, CultureInfo.InvariantCulture) > 65535))
            {
                throw new AirflowConnectionFormatException(connId, "'port' is outside the range 0-65535");
            }

            return magnitude.Length == 0 ? 0 : int.Parse(magnitude, CultureInfo.InvariantCulture);
        }

        /// <summary>Airflow's <c>_normalize_conn_type</c>: <c>postgresql</c> → <c>postgres</c>; otherwise <c>-</c> → <c>_</c>.</summary>
        internal static string NormalizeConnType(string connType) => Clients.AirflowClientCatalog.NormalizeConnType(connType);

        /// <summary>
        /// Airflow's Task SDK <c>Connection.get_uri()</c>: the connection serialised as a URI, with
        /// every field percent-encoded and the extra as query parameters (or <c>__extra__</c> when it
        /// is not a flat object of strings).
        /// </summary>
        /// <exception cref="AirflowConnectionFormatException">
        /// Airflow's <c>get_uri()</c> fails too: the port is outside 0..65535, a field holds a lone surrogate
        /// (no UTF-8 text can carry it), or the extra is JSON Python refuses to convert (see <see cref="ExtraDejson"/>).
        /// </exception>
        public string GetUri()
        {
            if (Port is < 0 or > 65535)
            {
                throw new AirflowConnectionFormatException(ConnId, "it cannot be written as a URI (the port is outside the range 0-65535)");
            }

            var uri = new StringBuilder();
            uri.Append(string.IsNullOrEmpty(ConnType) ? "//" : PyText.Lower(ConnType!).Replace('_', '-') + "://");
            string? hostToUse = Host;
            if (!string.IsNullOrEmpty(Host))
            {
                int separator = Host!.IndexOf("://", StringComparison.Ordinal);
                if (separator >= 0)
                {
                    string protocol = Host.Substring(0, separator);
                    if (!string.Equals(protocol, ConnType, StringComparison.Ordinal))
                    {
                        hostToUse = Host.Substring(separator + 3);
                        if (protocol.Length > 0) uri.Append(protocol).Append("://");
                    }
                }
            }

            var authority = new StringBuilder();
            try
            {
                if (Login != null) authority.Append(PyUrl.Quote(Login));
                if (Password != null) authority.Append(':').Append(PyUrl.Quote(Password));
                if (authority.Length > 0)
                {
                    authority.Append('@');
                    uri.Append(authority);
                }

                var hostBlock = new StringBuilder();
                if (!string.IsNullOrEmpty(hostToUse)) hostBlock.Append(PyUrl.Quote(hostToUse!));
                if (Port.HasValue)
                {
                    hostBlock.Append(hostBlock.Length == 0 && authority.Length == 0 ? "@:" : ":").Append(Port.Value.ToString(CultureInfo.InvariantCulture));
                }

                if (!string.IsNullOrEmpty(Schema)) hostBlock.Append('/').Append(PyUrl.Quote(Schema!));
                uri.Append(hostBlock);

                if (!string.IsNullOrEmpty(Extra))
                {
                    string separatorText = string.IsNullOrEmpty(Schema) ? "/?" : "?";
                    string? query = FlatStringQuery(ExtraDejsonValue());
                    uri.Append(separatorText).Append(query ?? PyUrl.UrlEncode(new[] { new KeyValuePair<string, string>(ExtraKey, Extra!) }));
                }
            }
            catch (PyUrlException ex)
            {
                throw new AirflowConnectionFormatException(ConnId, "it cannot be written as a URI (" + ex.Message + ")");
            }

            return uri.ToString();
        }

        // urlencode(extra_dejson) round-trips through parse_qsl only for a non-empty dict of strings.
        private static string? FlatStringQuery(PyValue extra)
        {
            if (extra.Kind != PyKind.Dict || extra.Entries!.Count == 0) return null;
            var pairs = new List<KeyValuePair<string, string>>(extra.Entries.Count);
            foreach (var entry in extra.Entries)
            {
                if (entry.Value.Kind != PyKind.String) return null;
                pairs.Add(new KeyValuePair<string, string>(entry.Key, entry.Value.String!));
            }

            return PyUrl.UrlEncode(pairs);
        }

        /// <summary>
        /// A description for logs: the password and the extra are masked, and so is any part of the other fields that
        /// looks like a credential (what stands before an <c>@</c> in the host or schema, as a value without a scheme
        /// such as <c>etl:pw@db:5432/dw</c> leaves it there; what follows a <c>:</c> in a login; <c>password=…</c>).
        /// </summary>
        public override string ToString()
        {
            var b = new StringBuilder("AirflowConnection(");
            b.Append("conn_id=").Append(Quoted(ConnId));
            b.Append(", conn_type=").Append(Quoted(ConnType));
            b.Append(", host=").Append(Quoted(MaskUserInfo(Host)));
            b.Append(", login=").Append(Quoted(MaskLogin(Login)));
            b.Append(", password=").Append(Password is null ? "None" : "'***'");
            b.Append(", schema=").Append(Quoted(MaskUserInfo(Schema)));
            b.Append(", port=").Append(Port.HasValue ? Port.Value.ToString(CultureInfo.InvariantCulture) : "None");
            b.Append(", extra=").Append(Extra is null ? "None" : "'***'");
            return b.Append(')').ToString();
        }

        private static string Quoted(string? value) => value is null ? "None" : "'" + value + "'";

        // "user:pw@host" or "pw@host" inside a field: everything from the start of the component up to each '@' is masked.
        private static string? MaskUserInfo(string? text)
        {
            if (text is null) return null;
            string masked = MaskAssignments(text);
            int at = masked.LastIndexOf('@');
            if (at < 0) return masked;
            int start = masked.LastIndexOf('/', at);
            int scheme = masked.LastIndexOf("://", at, StringComparison.Ordinal);
            start = Math.Max(start + 1, scheme >= 0 ? scheme + 3 : 0);
            return masked.Substring(0, start) + "***" + masked.Substring(at);
        }

        // A login never holds a password, unless the value put one there: "user:pw".
        private static string? MaskLogin(string? login)
        {
            if (login is null) return null;
            string masked = MaskAssignments(login);
            int colon = masked.IndexOf(':');
            return colon < 0 ? masked : masked.Substring(0, colon + 1) + "***";
        }

        private static readonly string[] CredentialKeys = { "password", "passwd", "pwd", "secret", "token", "key" };

        // key=value pairs whose key names a credential, as libpq and ODBC strings write them.
        private static string MaskAssignments(string text)
        {
            if (text.IndexOf('=') < 0) return text;
            var b = new StringBuilder(text.Length);
            int i = 0;
            while (i < text.Length)
            {
                int equals = text.IndexOf('=', i);
                if (equals < 0)
                {
                    b.Append(text, i, text.Length - i);
                    break;
                }

                int keyStart = equals;
                while (keyStart > i && (char.IsLetterOrDigit(text[keyStart - 1]) || text[keyStart - 1] == '_')) keyStart--;
                string key = text.Substring(keyStart, equals - keyStart);
                b.Append(text, i, equals + 1 - i);
                int end = equals + 1;
                while (end < text.Length && text[end] != ';' && text[end] != '&' && text[end] != ' ') end++;
                bool credential = Array.Exists(CredentialKeys, k => key.EndsWith(k, StringComparison.OrdinalIgnoreCase));
                b.Append(credential && end > equals + 1 ? "***" : text.Substring(equals + 1, end - equals - 1));
                i = end;
            }

            return b.ToString();
        }

        private static int CountOccurrences(string text, string pattern)
        {
            int count = 0;
            int at = 0;
            while ((at = text.IndexOf(pattern, at, StringComparison.Ordinal)) >= 0)
            {
                count++;
                at += pattern.Length;
            }

            return count;
        }

        private static string ReplaceOrdinal(string text, string oldValue, string newValue)
        {
            // Python's str.replace: ordinal and left to right; an empty pattern inserts between every code point.
            if (oldValue.Length == 0)
            {
                var b = new StringBuilder(newValue);
                for (int i = 0; i < text.Length;)
                {
                    PythonText.CodePointAt(text, i, out int length);
                    b.Append(text, i, length).Append(newValue);
                    i += length;
                }

                return b.ToString();
            }

            var result = new StringBuilder(text.Length);
            int start = 0;
            int at;
            while ((at = text.IndexOf(oldValue, start, StringComparison.Ordinal)) >= 0)
            {
                result.Append(text, start, at - start).Append(newValue);
                start = at + oldValue.Length;
            }

            return result.Append(text, start, text.Length - start).ToString();
        }
    }
}
