using System;
using System.IO;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace AirflowSecrets.Clients
{
    /// <summary>
    /// PEM files and server-certificate checks as Python's <c>ssl</c> module does them for the hooks (a CA bundle
    /// the chain must end in, the host-name check on or off). Used by the HTTP client made here and by the satellites.
    /// </summary>
    public static class AirflowCertificates
    {
        /// <summary>Every certificate of a PEM bundle.</summary>
        /// <exception cref="IOException">The file cannot be read or holds no certificate; the message names the file.</exception>
        public static X509Certificate2Collection LoadPemBundle(string path)
        {
            if (path is null) throw new ArgumentNullException(nameof(path));
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new IOException("The CA bundle '" + path + "' cannot be read: " + ex.Message, ex);
            }

            var certificates = new X509Certificate2Collection();
            const string begin = "-----BEGIN CERTIFICATE-----", end = "-----END CERTIFICATE-----";
            int at = 0;
            while ((at = text.IndexOf(begin, at, StringComparison.Ordinal)) >= 0)
            {
                int stop = text.IndexOf(end, at, StringComparison.Ordinal);
                if (stop < 0) break;
                string body = text.Substring(at + begin.Length, stop - at - begin.Length);
                certificates.Add(new X509Certificate2(Convert.FromBase64String(body)));
                at = stop + end.Length;
            }

            if (certificates.Count == 0) throw new IOException("The CA bundle '" + path + "' holds no PEM certificate.");
            return certificates;
        }

        /// <summary>A client certificate from PEM files (the key in its own file, or in the certificate's).</summary>
        public static X509Certificate2 LoadPemCertificate(string certificatePath, string? keyPath)
        {
            if (certificatePath is null) throw new ArgumentNullException(nameof(certificatePath));
#if NET8_0_OR_GREATER
            using X509Certificate2 withKey = X509Certificate2.CreateFromPemFile(certificatePath, keyPath);
            // An ephemeral key cannot be used by TLS on every platform: export and load it again.
            return new X509Certificate2(withKey.Export(X509ContentType.Pkcs12));
#else
            throw new PlatformNotSupportedException("Loading a PEM client certificate needs .NET 5 or later; convert '" + certificatePath + "' to PKCS#12 and add it yourself.");
#endif
        }

        /// <summary>
        /// Checks a server certificate: its chain must end in one of <paramref name="roots"/> (or the system's when
        /// <c>null</c>), and its name must match when <paramref name="checkHostName"/> is set.
        /// </summary>
        public static bool Validate(X509Certificate? certificate, SslPolicyErrors errors, X509Certificate2Collection? roots, bool checkHostName)
        {
            if (certificate is null || (errors & SslPolicyErrors.RemoteCertificateNotAvailable) != 0) return false;
            if (checkHostName && (errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0) return false;
            if (roots is null) return (errors & SslPolicyErrors.RemoteCertificateChainErrors) == 0;

            using var leaf = new X509Certificate2(certificate);
            using var chain = new X509Chain();
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
#if NET8_0_OR_GREATER
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.AddRange(roots);
            return chain.Build(leaf);
#else
            chain.ChainPolicy.ExtraStore.AddRange(roots);
            chain.ChainPolicy.VerificationFlags = X509VerificationFlags.AllowUnknownCertificateAuthority;
            if (!chain.Build(leaf)) return false;
            X509Certificate2 root = chain.ChainElements[chain.ChainElements.Count - 1].Certificate;
            foreach (X509Certificate2 trusted in roots)
            {
                if (trusted.Thumbprint == root.Thumbprint) return true;
            }

            return false;
#endif
        }
    }
}
