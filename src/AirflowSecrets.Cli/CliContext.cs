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

    /// <summary>The tool's exit codes (the README lists them).</summary>
    internal static class ExitCodes
    {
        public const int Ok = 0;

        /// <summary>Something asked for is missing (a secret not found, a declared secret absent), or an import entry failed.</summary>
        public const int NotFound = 1;

        /// <summary>Bad usage or configuration: an unknown verb, a missing argument, a name Key Vault would reject, a missing vault URL, a malformed file, a build that failed.</summary>
        public const int Invalid = 2;

        /// <summary>The vault answered with an error (403, 5xx after retries), or the credential was refused.</summary>
        public const int VaultError = 3;

        /// <summary>The vault could not be reached: connection refused, host not found, TLS, timeout (after the client's retries).</summary>
        public const int Unreachable = 4;

        /// <summary>An error the tool did not expect (a bug: please report it).</summary>
        public const int Unexpected = 5;

        /// <summary>Interrupted (Ctrl+C) before the work was done.</summary>
        public const int Interrupted = 130;

        /// <summary>The word for a code in JSON error objects.</summary>
        public static string Kind(int code) => code switch
        {
            NotFound => "not_found",
            Invalid => "invalid",
            VaultError => "vault_refused",
            Unreachable => "vault_unreachable",
            Interrupted => "interrupted",
            _ => "unexpected",
        };
    }

    /// <summary>A failure the tool reports with its exit code and one line (never a value).</summary>
    internal sealed class CliException : Exception
    {
        public CliException(int exitCode, string message, object? details = null)
            : base(message)
        {
            ExitCode = exitCode;
            Details = details;
        }

        public int ExitCode { get; }

        /// <summary>More for the JSON error object (for example the invalid entries of an import).</summary>
        public object? Details { get; }
    }
}
