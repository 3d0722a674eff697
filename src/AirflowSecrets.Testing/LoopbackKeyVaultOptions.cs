using System;

namespace AirflowSecrets.Testing
{
    /// <summary>Settings of a <see cref="LoopbackKeyVault"/>.</summary>
    public sealed class LoopbackKeyVaultOptions
    {
        /// <summary>The tenant every loopback vault uses unless told otherwise (a made-up id).</summary>
        public const string DefaultTenantId = "a1f5e7c0-0000-4000-8000-00000000a1f5";

        /// <summary>
        /// The tenant named in the vault's 401 challenge and served by its token endpoint. The SDK remembers a
        /// challenge per host and port for the whole process, so keep one tenant for every vault of a test run.
        /// </summary>
        public string TenantId { get; set; } = DefaultTenantId;

        /// <summary>The one application (client id) the fake token endpoint knows. Default: a fresh GUID.</summary>
        public string ClientId { get; set; } = Guid.NewGuid().ToString();

        /// <summary>That application's secret. Default: fresh random text, different for every vault.</summary>
        public string? ClientSecret { get; set; }

        /// <summary>Items per page of a list answer when the client asks for no page size. Default: 25, as Key Vault.</summary>
        public int PageSize { get; set; } = 25;

        /// <summary>
        /// The port on 127.0.0.1. Default: 0, a free one. The SDK remembers a vault's challenge per host and port for the
        /// whole process, so tests are best served by a fresh port each; a fixed one suits a vault other processes use.
        /// </summary>
        public int Port { get; set; }

        /// <summary>The secrets to serve; default: a new empty store.</summary>
        public KeyVaultSecretStore? Store { get; set; }
    }
}
