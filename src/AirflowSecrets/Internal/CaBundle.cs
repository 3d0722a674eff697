using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace AirflowSecrets
{
    /// <summary>
    /// The CA bundle of the <c>connection_verify</c> kwarg, as azure-core's transport takes it: a PEM file, or a directory
    /// of PEM files, whose certificates are the only ones trusted (as Python's requests does with a bundle path).
    /// </summary>
    internal sealed class CaBundle
    {
        private const string Begin = "-----BEGIN CERTIFICATE-----";
        private const string End = "-----END CERTIFICATE-----";

        private readonly X509Certificate2[] _roots;

        private CaBundle(string path, X509Certificate2[] roots)
        {
            Path = path;
            _roots = roots;
        }

        public string Path { get; }

        /// <exception cref="AirflowSecretsConfigurationException">The path holds no readable PEM certificate.</exception>
        public static CaBundle Load(string path)
        {
            IEnumerable<string> files;
            if (Directory.Exists(path)) files = Directory.GetFiles(path).OrderBy(f => f, StringComparer.Ordinal);
            else if (File.Exists(path)) files = new[] { path };
            else throw new AirflowSecretsConfigurationException("The backend kwarg 'connection_verify' names '" + path + "', which is neither a file nor a directory.", "connection_verify");

            var roots = new List<X509Certificate2>();
            foreach (string file in files)
            {
                string text;
                try
                {
                    text = File.ReadAllText(file, Encoding.ASCII);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new AirflowSecretsConfigurationException("The backend kwarg 'connection_verify': '" + file + "' cannot be read (" + ex.GetType().Name + ").", "connection_verify", ex);
                }

                roots.AddRange(ReadPem(text, file));
            }

            if (roots.Count == 0)
            {
                throw new AirflowSecretsConfigurationException(
                    "The backend kwarg 'connection_verify' names '" + path + "', which holds no PEM certificate (-----BEGIN CERTIFICATE-----).", "connection_verify");
            }

            return new CaBundle(path, roots.ToArray());
        }

        /// <summary>An HTTP handler that trusts the bundle's certificates and no others.</summary>
        public HttpMessageHandler CreateHandler() => new HttpClientHandler { ServerCertificateCustomValidationCallback = Validate };

        private bool Validate(HttpRequestMessage request, X509Certificate2? certificate, X509Chain? chain, SslPolicyErrors errors)
        {
            if (certificate is null) return false;
            if ((errors & (SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateNotAvailable)) != 0) return false;
            using var custom = new X509Chain();
            custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
#if NET5_0_OR_GREATER
            custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            custom.ChainPolicy.CustomTrustStore.AddRange(_roots);
            return custom.Build(certificate);
#else
            custom.ChainPolicy.ExtraStore.AddRange(_roots);
            custom.ChainPolicy.VerificationFlags = X509VerificationFlags.AllowUnknownCertificateAuthority;
            if (!custom.Build(certificate)) return false;
            X509Certificate2 root = custom.ChainElements[custom.ChainElements.Count - 1].Certificate;
            return _roots.Any(r => r.RawData.SequenceEqual(root.RawData));
#endif
        }

        private static IEnumerable<X509Certificate2> ReadPem(string text, string file)
        {
            int at = 0;
            while ((at = text.IndexOf(Begin, at, StringComparison.Ordinal)) >= 0)
            {
                int start = at + Begin.Length;
                int end = text.IndexOf(End, start, StringComparison.Ordinal);
                if (end < 0) break;
                byte[] der;
                try
                {
                    der = Convert.FromBase64String(text.Substring(start, end - start).Replace("\r", string.Empty).Replace("\n", string.Empty).Trim());
                }
                catch (FormatException)
                {
                    throw new AirflowSecretsConfigurationException("The backend kwarg 'connection_verify': '" + file + "' holds a certificate that is not valid base64.", "connection_verify");
                }

#if NET9_0_OR_GREATER
                yield return X509CertificateLoader.LoadCertificate(der);
#else
                yield return new X509Certificate2(der);
#endif
                at = end + End.Length;
            }
        }
    }
}
