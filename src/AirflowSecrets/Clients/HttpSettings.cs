using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace AirflowSecrets.Clients
{
    /// <summary>
    /// HttpHook.get_conn in <see cref="HttpClient"/> terms: the base URL Airflow builds, Basic auth from the login,
    /// headers from the extras it does not read itself, the timeout, certificate checks, client certificate, proxies,
    /// redirects and <c>check_response</c>. <see cref="CreateClient"/> makes a client with all of them.
    /// </summary>
    public sealed class HttpSettings : AirflowClientSettings
    {
        internal HttpSettings(string? connectionId, IReadOnlyList<string> notes)
            : base(connectionId, AirflowClientKind.Http, notes)
        {
        }

        /// <summary>The base URL, exactly as HttpHook builds it (no trailing slash added).</summary>
        public string BaseUrl { get; internal set; } = string.Empty;

        /// <summary>The <c>Authorization</c> header value (Basic auth from login and password), or <c>null</c>.</summary>
        public string? Authorization { get; internal set; }

        /// <summary>Headers from the extras HttpHook does not read itself, in order.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Headers { get; internal set; } = Array.Empty<KeyValuePair<string, string>>();

        /// <summary>The request timeout (<c>timeout</c>, seconds), or <c>null</c>: requests waits forever by default.</summary>
        public TimeSpan? Timeout { get; internal set; }

        /// <summary>Whether the server certificate is checked (<c>verify</c>); <c>false</c> accepts any.</summary>
        public bool VerifyCertificate { get; internal set; } = true;

        /// <summary>The CA bundle the server's chain must end in (<c>verify</c> as a path, or <c>REQUESTS_CA_BUNDLE</c> with <c>trust_env</c>).</summary>
        public string? CaBundlePath { get; internal set; }

        /// <summary>The client certificate, PEM (<c>cert</c>; it may hold the key too).</summary>
        public string? ClientCertificatePath { get; internal set; }

        /// <summary>The client certificate's key, PEM (the second item of a <c>cert</c> pair).</summary>
        public string? ClientKeyPath { get; internal set; }

        /// <summary>The proxy for http:// URLs (<c>proxies.http</c>).</summary>
        public string? HttpProxy { get; internal set; }

        /// <summary>The proxy for https:// URLs (<c>proxies.https</c>).</summary>
        public string? HttpsProxy { get; internal set; }

        /// <summary><c>trust_env</c>: the environment's proxies (HTTP_PROXY, HTTPS_PROXY, NO_PROXY) apply.</summary>
        public bool TrustEnvironment { get; internal set; } = true;

        /// <summary><c>allow_redirects</c>.</summary>
        public bool AllowRedirects { get; internal set; } = true;

        /// <summary><c>max_redirects</c> (requests' default is 30).</summary>
        public int MaxRedirects { get; internal set; } = 30;

        /// <summary><c>stream</c>: read responses as they arrive (<see cref="HttpCompletionOption.ResponseHeadersRead"/>).</summary>
        public bool Stream { get; internal set; }

        /// <summary><c>check_response</c>: a 4xx or 5xx answer is an error (HttpHook raises; the client made here throws <see cref="HttpRequestException"/>).</summary>
        public bool CheckResponse { get; internal set; } = true;

        /// <summary>HttpHook's URL for an endpoint: a <c>/</c> is put between only when neither side has one.</summary>
        public string ResolveUrl(string? endpoint)
        {
            if (string.IsNullOrEmpty(endpoint)) return BaseUrl;
            if (BaseUrl.Length > 0 && !BaseUrl.EndsWith("/", StringComparison.Ordinal) && !endpoint!.StartsWith("/", StringComparison.Ordinal)) return BaseUrl + "/" + endpoint;
            return BaseUrl + endpoint;
        }

        /// <summary>A handler with the certificate checks, client certificate, proxies, redirects and response check.</summary>
        public HttpMessageHandler CreateHandler()
        {
#if NET8_0_OR_GREATER
            var handler = new SocketsHttpHandler
            {
                AllowAutoRedirect = AllowRedirects,
                MaxAutomaticRedirections = MaxRedirects,
                // Python's http.client writes header values in latin-1; .NET would refuse anything beyond ASCII.
                RequestHeaderEncodingSelector = (_, _) => Encoding.Latin1,
            };
            handler.SslOptions.RemoteCertificateValidationCallback = Validation();
            if (ClientCertificatePath != null) handler.SslOptions.ClientCertificates = new X509CertificateCollection { AirflowCertificates.LoadPemCertificate(ClientCertificatePath, ClientKeyPath) };
#else
            var handler = new HttpClientHandler
            {
                AllowAutoRedirect = AllowRedirects,
                MaxAutomaticRedirections = MaxRedirects,
            };
            RemoteCertificateValidationCallback? validation = Validation();
            if (validation != null) handler.ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => validation(message, certificate, chain, errors);
            if (ClientCertificatePath != null)
            {
                handler.ClientCertificateOptions = ClientCertificateOption.Manual;
                handler.ClientCertificates.Add(AirflowCertificates.LoadPemCertificate(ClientCertificatePath, ClientKeyPath));
            }
#endif
            if (HttpProxy != null || HttpsProxy != null)
            {
                handler.Proxy = new SchemeProxy(HttpProxy, HttpsProxy, TrustEnvironment);
                handler.UseProxy = true;
            }
            else
            {
                handler.UseProxy = TrustEnvironment;
            }

            return CheckResponse ? new ResponseCheck(handler) : handler;
        }

        private RemoteCertificateValidationCallback? Validation()
        {
#pragma warning disable CA5359 // The connection asks for verify=False, as HttpHook honours it; the README says so.
            if (!VerifyCertificate) return (_, _, _, _) => true;
#pragma warning restore CA5359
            if (CaBundlePath is null) return null;
            X509Certificate2Collection roots = AirflowCertificates.LoadPemBundle(CaBundlePath);
            return (_, certificate, _, errors) => AirflowCertificates.Validate(certificate, errors, roots, checkHostName: true);
        }

        /// <summary>
        /// A client with <see cref="CreateHandler"/>, the headers, and <see cref="BaseUrl"/> (with a trailing <c>/</c>,
        /// so that relative endpoints resolve under it; prefer <see cref="ResolveUrl"/>, which joins as HttpHook does).
        /// </summary>
        public HttpClient CreateClient()
        {
            var client = new HttpClient(CreateHandler(), disposeHandler: true)
            {
                Timeout = Timeout ?? System.Threading.Timeout.InfiniteTimeSpan,
            };
            if (Uri.TryCreate(BaseUrl.EndsWith("/", StringComparison.Ordinal) ? BaseUrl : BaseUrl + "/", UriKind.Absolute, out Uri? baseAddress)) client.BaseAddress = baseAddress;
            if (Authorization != null) client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", Authorization);
            foreach (KeyValuePair<string, string> header in Headers) client.DefaultRequestHeaders.TryAddWithoutValidation(header.Key, header.Value);
            return client;
        }

        /// <summary>
        /// The settings as one line of <c>keyword=value</c> pairs (quoted as connection strings are):
        /// <c>Base Url</c>, <c>Authorization</c>, <c>Header:NAME</c>, and only where they differ from requests'
        /// defaults <c>Timeout</c>, <c>Verify</c>, <c>CA Bundle</c>, <c>Client Certificate</c>, <c>Client Key</c>,
        /// <c>Http Proxy</c>, <c>Https Proxy</c>, <c>Trust Env</c>, <c>Allow Redirects</c>, <c>Max Redirects</c>,
        /// <c>Stream</c>, <c>Check Response</c>. <see cref="Parse"/> reads it back.
        /// </summary>
        public override string ToConnectionString() => Render(masked: false);

        /// <inheritdoc/>
        public override string ToMaskedConnectionString() => Render(masked: true);

        private string Render(bool masked)
        {
            var text = new StringBuilder();
            void Add(string name, string? value, bool secret = false)
            {
                if (value != null) DbConnectionStringBuilder.AppendKeyValuePair(text, name, masked && secret ? Mask : value);
            }

            Add("Base Url", BaseUrl);
            Add("Authorization", Authorization, secret: true);
            foreach (KeyValuePair<string, string> header in Headers) Add("Header:" + header.Key, header.Value, secret: true);
            if (Timeout.HasValue) Add("Timeout", Timeout.Value.TotalSeconds.ToString("R", CultureInfo.InvariantCulture));
            if (!VerifyCertificate) Add("Verify", "False");
            Add("CA Bundle", CaBundlePath);
            Add("Client Certificate", ClientCertificatePath);
            Add("Client Key", ClientKeyPath);
            Add("Http Proxy", HttpProxy);
            Add("Https Proxy", HttpsProxy);
            if (!TrustEnvironment) Add("Trust Env", "False");
            if (!AllowRedirects) Add("Allow Redirects", "False");
            if (MaxRedirects != 30) Add("Max Redirects", MaxRedirects.ToString(CultureInfo.InvariantCulture));
            if (Stream) Add("Stream", "True");
            if (!CheckResponse) Add("Check Response", "False");
            return text.ToString();
        }

        /// <summary>Reads the text <see cref="ToConnectionString"/> writes.</summary>
        /// <exception cref="FormatException">The text is not such a line; the message names the keyword, never a value.</exception>
        public static HttpSettings Parse(string text, string? connectionId = null)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            var builder = new DbConnectionStringBuilder();
            try
            {
                builder.ConnectionString = text;
            }
            catch (ArgumentException)
            {
                throw new FormatException("The HTTP settings text is not a list of keyword=value pairs.");
            }

            var settings = new HttpSettings(connectionId, Array.Empty<string>());
            var headers = new List<KeyValuePair<string, string>>();
            string original = text;
            foreach (KeyValuePair<string, string> pair in OrderedPairs(builder, original))
            {
                string value = pair.Value;
                switch (pair.Key.ToLowerInvariant())
                {
                    case "base url": settings.BaseUrl = value; break;
                    case "authorization": settings.Authorization = value; break;
                    case "timeout": settings.Timeout = TimeSpan.FromSeconds(ParseNumber(pair.Key, value)); break;
                    case "verify": settings.VerifyCertificate = ParseBool(pair.Key, value); break;
                    case "ca bundle": settings.CaBundlePath = value; break;
                    case "client certificate": settings.ClientCertificatePath = value; break;
                    case "client key": settings.ClientKeyPath = value; break;
                    case "http proxy": settings.HttpProxy = value; break;
                    case "https proxy": settings.HttpsProxy = value; break;
                    case "trust env": settings.TrustEnvironment = ParseBool(pair.Key, value); break;
                    case "allow redirects": settings.AllowRedirects = ParseBool(pair.Key, value); break;
                    case "max redirects": settings.MaxRedirects = (int)ParseNumber(pair.Key, value); break;
                    case "stream": settings.Stream = ParseBool(pair.Key, value); break;
                    case "check response": settings.CheckResponse = ParseBool(pair.Key, value); break;
                    default:
                        if (pair.Key.StartsWith("Header:", StringComparison.OrdinalIgnoreCase)) headers.Add(new KeyValuePair<string, string>(pair.Key.Substring("Header:".Length), value));
                        else throw new FormatException("The HTTP settings text has the unknown keyword '" + pair.Key + "'.");
                        break;
                }
            }

            settings.Headers = headers;
            return settings;
        }

        // DbConnectionStringBuilder does not keep the order; headers keep the order they were written in.
        private static List<KeyValuePair<string, string>> OrderedPairs(DbConnectionStringBuilder builder, string text)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var ordered = new List<KeyValuePair<string, string>>();
            foreach (string key in builder.Keys)
            {
                if (seen.Add(key)) ordered.Add(new KeyValuePair<string, string>(key, Convert.ToString(builder[key], CultureInfo.InvariantCulture) ?? string.Empty));
            }

            ordered.Sort((a, b) => IndexOfKey(text, a.Key).CompareTo(IndexOfKey(text, b.Key)));
            return ordered;
        }

        private static int IndexOfKey(string text, string key)
        {
            int at = text.IndexOf(key + "=", StringComparison.OrdinalIgnoreCase);
            return at < 0 ? int.MaxValue : at;
        }

        private static double ParseNumber(string key, string value) =>
            double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && number > 0
                ? number
                : throw new FormatException("The HTTP settings keyword '" + key + "' is not a positive number.");

        private static bool ParseBool(string key, string value) =>
            bool.TryParse(value, out bool flag) ? flag : throw new FormatException("The HTTP settings keyword '" + key + "' is not True or False.");

        /// <summary>Proxies by scheme, as requests' <c>proxies</c> dict chooses them.</summary>
        private sealed class SchemeProxy : IWebProxy
        {
            private readonly Uri? _http;
            private readonly Uri? _https;
            private readonly bool _environment;

            public SchemeProxy(string? http, string? https, bool environment)
            {
                _http = http is null ? null : new Uri(http);
                _https = https is null ? null : new Uri(https);
                _environment = environment;
            }

            public ICredentials? Credentials { get; set; }

            public Uri? GetProxy(Uri destination)
            {
                Uri? chosen = destination.Scheme == Uri.UriSchemeHttps ? _https : _http;
                if (chosen != null) return chosen;
#if NET8_0_OR_GREATER
                return _environment ? HttpClient.DefaultProxy.GetProxy(destination) : null;
#else
                return _environment ? WebRequest.DefaultWebProxy?.GetProxy(destination) : null;
#endif
            }

            public bool IsBypassed(Uri host) => GetProxy(host) is null;
        }

        /// <summary>HttpHook's <c>check_response</c>: a 4xx or 5xx answer raises.</summary>
        private sealed class ResponseCheck : DelegatingHandler
        {
            public ResponseCheck(HttpMessageHandler inner) : base(inner)
            {
            }

            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                int status = (int)response.StatusCode;
                if (status >= 400)
                {
                    string reason = response.ReasonPhrase ?? string.Empty;
                    response.Dispose();
                    throw new HttpRequestException(status.ToString(CultureInfo.InvariantCulture) + ":" + reason + " (HttpHook's check_response; set the extra check_response to false to get the response instead)");
                }

                return response;
            }
        }
    }
}
