using System;
using System.CommandLine;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace AirflowSecrets.Cli
{
    /// <summary>
    /// The command tree of <c>airflow-secrets</c>. Each verb lives in its own class and is built from the shared
    /// <see cref="GlobalOptions"/>; its action runs through <see cref="CliRun.Action"/>, which turns every failure into a
    /// documented exit code. Usage errors exit 2.
    /// </summary>
    internal static class CliApp
    {
        public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
        {
            bool json = args.Contains("--json", StringComparer.Ordinal);
            var safety = new CliRun(context, json, reveal: false, vaultUrl: null, cancellationToken);
            try
            {
                var options = new GlobalOptions();
                var root = new RootCommand("Airflow Variables and Connections in Azure Key Vault, under Airflow's names.")
                {
                    options.VaultUrl, options.Json, options.Reveal,
                };
                root.Subcommands.Add(KindCommands.Create(AirflowSecretKind.Variable, context, options));
                root.Subcommands.Add(KindCommands.Create(AirflowSecretKind.Connection, context, options));
                root.Subcommands.Add(ImportCommand.Create(context, options));
                root.Subcommands.Add(CheckCommand.Create(context, options));
                root.Subcommands.Add(DevVaultCommand.Create(context, options));

                ParseResult parsed = root.Parse(args);
                if (parsed.Errors.Count > 0)
                {
                    // System.CommandLine answers 1 for these; the tool documents 2 for every usage error.
                    string problems = string.Join(" ", parsed.Errors.Select(e => e.Message.TrimEnd('.') + "."));
                    return safety.Fail(ExitCodes.Invalid, problems + " See 'airflow-secrets --help'.");
                }

                // Program.cs handles Ctrl+C and SIGTERM (the token); System.CommandLine's own handler would race it.
                var invocation = new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
                return await parsed.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                return safety.Report(ex);
            }
        }

        public static string Label(AirflowSecretKind kind) => AirflowSecretKindInfo.Of(kind).Title;
    }
}
