using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using Azure;

namespace AirflowSecrets.Cli
{
    /// <summary>The options every verb shares.</summary>
    internal sealed class GlobalOptions
    {
        public Option<string?> VaultUrl { get; } = new("--vault-url") { Description = "The vault (default: vault_url in AIRFLOW__SECRETS__BACKEND_KWARGS)", Recursive = true };

        public Option<bool> Json { get; } = new("--json") { Description = "Write JSON for scripts (an error object on failure)", Recursive = true };

        public Option<bool> Reveal { get; } = new("--reveal") { Description = "Show secret values (masked otherwise)", Recursive = true };
    }

    /// <summary>
    /// One invocation of a verb: its output mode, the vault it opens, and the one place failures become an exit code, one
    /// line on stderr and (with --json) an error object on stdout. No exception leaves a verb.
    /// </summary>
    internal sealed class CliRun
    {
        private static readonly JsonSerializerOptions JsonOutput = new() { WriteIndented = true };

        public CliRun(CliContext context, bool json, bool reveal, string? vaultUrl, CancellationToken cancellation)
        {
            Context = context;
            Json = json;
            Reveal = reveal;
            VaultUrl = vaultUrl;
            Cancellation = cancellation;
        }

        public CliContext Context { get; }

        public bool Json { get; }

        public bool Reveal { get; }

        public string? VaultUrl { get; }

        public CancellationToken Cancellation { get; }

        /// <summary>The vault once opened, to name it in errors.</summary>
        public Uri? VaultUri { get; private set; }

        /// <summary>Makes a verb's action: the verb's body, with every failure reported.</summary>
        public static Func<ParseResult, CancellationToken, Task<int>> Action(CliContext context, GlobalOptions options, Func<CliRun, ParseResult, Task<int>> body) =>
            async (parse, cancellation) =>
            {
                var run = new CliRun(context, parse.GetValue(options.Json), parse.GetValue(options.Reveal), parse.GetValue(options.VaultUrl), cancellation);
                try
                {
                    return await body(run, parse).ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    return run.Report(ex);
                }
            };

        /// <summary>Opens the vault the settings name and runs the action against it.</summary>
        public async Task<int> WithVault(Func<Vault, Task<int>> action)
        {
            using Vault vault = Vault.Open(Context, VaultUrl);
            VaultUri = vault.Options.VaultUrl;
            return await action(vault).ConfigureAwait(false);
        }

        public void WriteJson(object value) => Context.Out.WriteLine(JsonSerializer.Serialize(value, JsonOutput));

        public string Mask(string value) => Reveal ? value : "***";

        /// <summary>Reports a failure: one line on stderr, an error object on stdout with --json. Returns the exit code.</summary>
        public int Fail(int exitCode, string message, object? details = null)
        {
            Context.Error.WriteLine(message);
            if (Json)
            {
                var error = new Dictionary<string, object?> { ["exitCode"] = exitCode, ["kind"] = ExitCodes.Kind(exitCode), ["message"] = message };
                if (details != null) error["details"] = details;
                WriteJson(new { error });
            }
            return exitCode;
        }

        /// <summary>Names an exception's cause in one line and picks its exit code.</summary>
        public int Report(Exception exception)
        {
            (int code, string message) = Classify(exception);
            return Fail(code, message, (exception as CliException)?.Details);
        }

        private (int Code, string Message) Classify(Exception exception)
        {
            string vault = VaultUri is null ? "The vault" : "The vault " + VaultUri;
            switch (exception)
            {
                case CliException cli:
                    return (cli.ExitCode, cli.Message);
                case AirflowSecretsConfigurationException configuration:
                    return (ExitCodes.Invalid, "Configuration error: " + configuration.Message);
                case OperationCanceledException when Cancellation.IsCancellationRequested:
                    return (ExitCodes.Interrupted, "Interrupted.");
            }

            BackendFailure failure = BackendFailure.Describe(exception, new BackendFailureContext());
            if (failure.IsTransport) return (ExitCodes.Unreachable, vault + " is unreachable: " + failure.Description + ".");
            switch (failure.Kind)
            {
                case BackendFailureKind.HttpStatus:
                    return (ExitCodes.VaultError, vault + " refused: " + failure.Description + ".");
                case BackendFailureKind.Authentication:
                    return (ExitCodes.VaultError, vault + " could not be read: " + failure.Description + "; check AZURE_TENANT_ID, AZURE_CLIENT_ID and the credential.");
                case BackendFailureKind.Configuration:
                    return (ExitCodes.Invalid, "Configuration error: " + failure.Description + ".");
                default:
                    // Unknown exceptions are named by type only: their messages could quote what they were given.
                    return (ExitCodes.Unexpected, "Unexpected error (" + exception.GetType().FullName + "); please report it.");
            }
        }

        /// <summary>Whether an exception means the vault could not be reached.</summary>
        public static bool IsUnreachable(Exception exception) =>
            exception is not CliException && exception is not RequestFailedException { Status: > 0 } && BackendFailure.Describe(exception).IsTransport;
    }
}
