using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Text;
using AirflowSecrets.Python;

namespace AirflowSecrets.Clients
{
    /// <summary>HttpHook.get_conn and run (providers/http hooks/http.py), in HttpClient terms.</summary>
    internal static class HttpMapping
    {
        private static readonly char[] LineBreaks = { '\r', '\n' };

        public static HttpSettings Map(AirflowConnection connection, AirflowClientOptions? options)
        {
            HookExtras x = HookExtras.Read(connection, AirflowClientKind.Http, options);
            var settings = new HttpSettings(connection.ConnId, x.Notes);
            settings.BaseUrl = BaseUrl(x, connection);

            if (!string.IsNullOrEmpty(connection.Login))
            {
                settings.Authorization = "Basic " + Convert.ToBase64String(BasicAuthBytes(connection.Login! + ":" + (connection.Password ?? "None")));
            }

            var consumed = new HashSet<string>(StringComparer.Ordinal)
            {
                "stream", "cert", "proxies", "proxy", "timeout", "verify", "verify_ssl", "allow_redirects", "max_redirects", "trust_env", "check_response",
            };

            PyValue? Pop(string key) => x.TryGet(key, out PyValue value) ? value : null;
            PyValue? stream = Pop("stream"), cert = Pop("cert"), timeout = Pop("timeout"), allowRedirects = Pop("allow_redirects");
            PyValue? maxRedirects = Pop("max_redirects"), trustEnv = Pop("trust_env"), checkResponse = Pop("check_response");
            string proxiesKey = x.TryGet("proxies", out _) ? "proxies" : "proxy";
            PyValue? proxies = Pop(proxiesKey);
            string verifyKey = x.TryGet("verify", out _) ? "verify" : "verify_ssl";
            PyValue? verify = Pop(verifyKey);

            if (stream != null) settings.Stream = x.Flag("stream", stream);
            if (allowRedirects != null) settings.AllowRedirects = x.Flag("allow_redirects", allowRedirects);
            if (trustEnv != null) settings.TrustEnvironment = x.Flag("trust_env", trustEnv);
            if (checkResponse != null) settings.CheckResponse = x.Flag("check_response", checkResponse);
            if (maxRedirects != null && maxRedirects.Kind != PyKind.Null)
            {
                if (maxRedirects.Kind != PyKind.Int) throw x.ExtraError("max_redirects", "is not a JSON integer (requests compares it with a count; a URI's text fails there)");
                settings.MaxRedirects = x.Integer("max_redirects", maxRedirects);
                if (settings.MaxRedirects < 1) throw x.ExtraError("max_redirects", "is below 1; HttpClient needs at least one (set allow_redirects to false instead)");
            }

            if (timeout != null && timeout.Kind != PyKind.Null)
            {
                double seconds = timeout.Kind == PyKind.Int ? double.Parse(timeout.IntText!, CultureInfo.InvariantCulture)
                    : timeout.Kind == PyKind.Float ? timeout.Float
                    : throw x.ExtraError("timeout", "is not a JSON number of seconds (requests refuses text, booleans and lists)");
                if (!(seconds > 0) || double.IsInfinity(seconds)) throw x.ExtraError("timeout", "is not a positive number of seconds");
                settings.Timeout = TimeSpan.FromSeconds(seconds);
            }

            if (verify != null && verify.Kind != PyKind.Null)
            {
                if (verify.Kind == PyKind.String && !(x.Options.StrictBooleans && IsBooleanText(verify.String!)))
                {
                    string path = verify.String!;
                    if (IsBooleanText(path)) throw x.ExtraError(verifyKey, "is the text '" + path.ToLowerInvariant() + "' (a URI's extras are text); requests would read it as a CA bundle path. Store a JSON boolean, or turn strict booleans on");
                    settings.CaBundlePath = path;
                }
                else
                {
                    settings.VerifyCertificate = x.Flag(verifyKey, verify);
                }
            }

            // requests with trust_env: REQUESTS_CA_BUNDLE, then CURL_CA_BUNDLE, stand in for verify=True.
            if (settings.TrustEnvironment && settings.VerifyCertificate && settings.CaBundlePath is null)
            {
                string? bundle = x.Options.GetEnvironment("REQUESTS_CA_BUNDLE");
                if (string.IsNullOrEmpty(bundle)) bundle = x.Options.GetEnvironment("CURL_CA_BUNDLE");
                if (!string.IsNullOrEmpty(bundle)) settings.CaBundlePath = bundle;
            }

            if (cert != null && cert.IsTruthy)
            {
                if (cert.Kind == PyKind.String)
                {
                    settings.ClientCertificatePath = cert.String;
                }
                else if (cert.Kind == PyKind.List && cert.Items!.Count == 2 && cert.Items[0].Kind == PyKind.String && cert.Items[1].Kind == PyKind.String)
                {
                    settings.ClientCertificatePath = cert.Items[0].String;
                    settings.ClientKeyPath = cert.Items[1].String;
                }
                else
                {
                    throw x.ExtraError("cert", "is neither a path nor a [certificate, key] pair of paths");
                }
            }

            if (proxies != null && proxies.IsTruthy)
            {
                PyValue dict = x.DecodeIfString(proxiesKey, proxies);
                if (dict.Kind != PyKind.Dict) throw x.ExtraError(proxiesKey, "is not an object of proxies by scheme");
                foreach (KeyValuePair<string, PyValue> proxy in dict.Entries!)
                {
                    if (!proxy.Value.IsTruthy) continue;
                    string url = proxy.Value.Kind == PyKind.String ? proxy.Value.String! : throw x.ExtraError(proxiesKey, "has a proxy that is not text");
                    if (!Uri.TryCreate(url, UriKind.Absolute, out _)) throw x.ExtraError(proxiesKey, "has a proxy that is not an absolute URL");
                    switch (proxy.Key)
                    {
                        case "http": settings.HttpProxy = url; break;
                        case "https": settings.HttpsProxy = url; break;
                        case "all":
                            settings.HttpProxy ??= url;
                            settings.HttpsProxy ??= url;
                            break;
                        default: throw x.ExtraError(proxiesKey, "has a proxy for '" + proxy.Key + "'; only http, https and all have an equivalent");
                    }
                }
            }

            var headers = new List<KeyValuePair<string, string>>();
            foreach (KeyValuePair<string, PyValue> extra in x.Entries)
            {
                if (consumed.Contains(extra.Key)) continue;
                if (extra.Value.Kind != PyKind.String)
                {
                    throw x.ExtraError(extra.Key, "becomes an HTTP header (HttpHook sends every extra it does not read itself), but it is a JSON " + extra.Value.PythonTypeName + "; requests refuses header values that are not text");
                }

                if (!IsToken(extra.Key)) throw x.ExtraError(extra.Key, "becomes an HTTP header, but it is not a valid header name");
                string value = extra.Value.String!;
                if (value.IndexOfAny(LineBreaks) >= 0 || value.Trim() != value) throw x.ExtraError(extra.Key, "becomes an HTTP header, but its value has a line break or surrounding spaces, which requests refuses");
                foreach (char c in value)
                {
                    if (c > '\u00FF') throw x.ExtraError(extra.Key, "becomes an HTTP header, but its value holds characters latin-1 cannot encode, which Python's http.client refuses");
                }

                headers.Add(new KeyValuePair<string, string>(extra.Key, value));
            }

            settings.Headers = headers;
            return settings;
        }

        private static bool IsBooleanText(string text) => text.Trim().ToLowerInvariant() is "true" or "false" or "1" or "0" or "yes" or "no" or "on" or "off";

        private static string BaseUrl(HookExtras x, AirflowConnection connection)
        {
            string host = connection.Host ?? string.Empty;
            string schema = string.IsNullOrEmpty(connection.Schema) ? "http" : connection.Schema!;
            string url;
            if (host.IndexOf("://", StringComparison.Ordinal) >= 0)
            {
                url = host;
            }
            else
            {
                // An IPv6 literal needs brackets in a URL; HttpHook writes it bare, which no client can parse (a deliberate difference).
                if (host.IndexOf(':') >= 0 && IPAddress.TryParse(host, out IPAddress? address) && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6) host = "[" + host + "]";
                url = host.Length > 0 ? schema + "://" + host : schema + "://";
            }

            if (connection.Port.HasValue && connection.Port.Value != 0) url += ":" + connection.Port.Value.ToString(CultureInfo.InvariantCulture);
            if (PyUrl.Split(url).Scheme.Length == 0) throw x.Error("host", "gives a base URL without a scheme");
            return url;
        }

        // requests' _basic_auth_str encodes latin-1; a text latin-1 cannot hold fails there. UTF-8 is used for it here
        // (RFC 7617's charset; a deliberate difference).
        private static byte[] BasicAuthBytes(string text)
        {
            foreach (char c in text)
            {
                if (c > '\u00FF') return Encoding.UTF8.GetBytes(text);
            }

            var bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++) bytes[i] = (byte)text[i];
            return bytes;
        }

        private static bool IsToken(string name)
        {
            if (name.Length == 0) return false;
            foreach (char c in name)
            {
                bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$%&'*+-.^_`|~".IndexOf(c) >= 0;
                if (!ok) return false;
            }

            return true;
        }
    }
}
