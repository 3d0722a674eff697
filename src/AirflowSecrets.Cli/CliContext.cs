using System;
using System.IO;

namespace AirflowSecrets.Cli
{
    /// <summary>What a run of the tool reads and writes; tests give their own.</summary>
    internal sealed class CliContext
    {
        public CliContext(TextWriter output, TextWriter error, Func<string, string?> environment, Action<AzureKeyVaultBackendOptions>? configureBackend = null)
        {
            Out = output;
            Error = error;
            Environment = environment;
            ConfigureBackend = configureBackend;
        }

        public TextWriter Out { get; }

        public TextWriter Error { get; }

        public Func<string, string?> Environment { get; }

        /// <summary>Adjusts the vault client (transport, credential options) after the settings are read.</summary>
        public Action<AzureKeyVaultBackendOptions>? ConfigureBackend { get; }
    }

    /// <summary>The tool's exit codes.</summary>
    internal static class ExitCodes
    {
        public const int Ok = 0;

        /// <summary>Something asked for is missing (a secret not found, a declared secret absent), or an import entry failed.</summary>
        public const int NotFound = 1;

        /// <summary>Bad usage or configuration: a name Key Vault would reject, a missing vault URL, a malformed file.</summary>
        public const int Invalid = 2;

        /// <summary>The vault refused or failed (403, 5xx, authentication).</summary>
        public const int VaultError = 3;
    }
}
