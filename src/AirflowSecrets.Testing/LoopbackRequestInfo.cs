using System;
using System.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace AirflowSecrets.Testing
{
    // What a request asks for, read from its raw target so that escaped characters in a name are seen as sent.
    internal sealed class LoopbackRequestInfo
    {
        public LoopbackRequestInfo(HttpContext context)
        {
            Method = context.Request.Method;
            string target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
            int query = target.IndexOf('?', StringComparison.Ordinal);
            Path = query < 0 ? target : target.Substring(0, query);
            string[] segments = Path.Split('/').Skip(1).Select(Uri.UnescapeDataString).ToArray();
            if (segments.Length > 0 && segments[^1].Length == 0) segments = segments[..^1];
            Operation = Classify(segments);
        }

        public string Method { get; }

        public string Path { get; }

        /// <summary>get, set, list, list-versions, delete, get-deleted, purge, token, or unknown.</summary>
        public string Operation { get; }

        public string? SecretName { get; private set; }

        public string? Version { get; private set; }

        public string? Tenant { get; private set; }

        public bool Authenticated { get; set; }

        public string? Fault { get; set; }

        private string Classify(string[] s)
        {
            bool get = Method == "GET";
            if (s.Length == 4 && Method == "POST" && s[1] == "oauth2" && s[2] == "v2.0" && s[3] == "token")
            {
                Tenant = s[0];
                return "token";
            }

            if (s.Length >= 1 && s[0] == "secrets")
            {
                if (s.Length == 1) return get ? "list" : "unknown";
                SecretName = s[1];
                if (s.Length == 2) return get ? "get" : Method == "PUT" ? "set" : Method == "DELETE" ? "delete" : "unknown";
                if (s.Length == 3 && get && s[2] == "versions") return "list-versions";
                if (s.Length == 3 && get)
                {
                    Version = s[2];
                    return "get";
                }
            }

            if (s.Length == 2 && s[0] == "deletedsecrets")
            {
                SecretName = s[1];
                return get ? "get-deleted" : Method == "DELETE" ? "purge" : "unknown";
            }

            return "unknown";
        }
    }
}
