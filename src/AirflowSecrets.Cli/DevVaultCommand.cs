using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AirflowSecrets.Testing;

namespace AirflowSecrets.Cli
{
    /// <summary>
    /// <c>dev-vault</c>: the loopback Key Vault of AirflowSecrets.Testing as a process of its own, until stopped, so that
    /// any other process (a job, the tool, Airflow) can read it configured by an env file alone. Seeded from Airflow's
    /// <c>variables export</c> / <c>connections export</c> files. A development double: values live in memory, unencrypted.
    /// </summary>
    internal static class DevVaultCommand
    {
        public const string DefaultDirectory = ".airflow-secrets";

        public static Command Create(CliContext context, GlobalOptions options)
        {
            var port = new Option<int>("--port") { Description = "The port on 127.0.0.1 (default: a free one)" };
            var seed = new Option<FileInfo[]>("--seed") { Description = "An Airflow variables or connections export (.json, .yaml/.yml, .env) to serve; may repeat", AllowMultipleArgumentsPerToken = true };
            var envFile = new Option<FileInfo?>("--env-file") { Description = "Where to write the environment for other processes (default: " + DefaultDirectory + "/dev-vault.env)" };
            var certFile = new Option<FileInfo?>("--cert-file") { Description = "Where to write the vault's certificate, PEM (default: " + DefaultDirectory + "/dev-vault.pem)" };
            var command = new Command("dev-vault", "Serve a local Key Vault (a test double) for other processes until stopped (Ctrl+C), and write the env file that points them at it")
            {
                port, seed, envFile, certFile,
            };
            command.SetAction(CliRun.Action(context, options, (run, parse) => RunAsync(
                run,
                parse.GetValue(port),
                parse.GetValue(seed) ?? Array.Empty<FileInfo>(),
                parse.GetValue(envFile) ?? new FileInfo(Path.Combine(DefaultDirectory, "dev-vault.env")),
                parse.GetValue(certFile) ?? new FileInfo(Path.Combine(DefaultDirectory, "dev-vault.pem")))));
            return command;
        }

        private static async Task<int> RunAsync(CliRun run, int port, FileInfo[] seeds, FileInfo envFile, FileInfo certFile)
        {
            if (port is < 0 or > 65535) throw new CliException(ExitCodes.Invalid, "--port must be 0 (a free port) to 65535.");

            // Every seed file is read and checked before the vault starts: a bad entry serves nothing.
            var entries = new List<ImportCommand.Entry>();
            foreach (FileInfo file in seeds) entries.AddRange(ImportCommand.ReadEntries(file, kindName: null));
            foreach (ImportCommand.Entry entry in entries)
            {
                entry.Name = NameOf(entry);
                if (entry.Problem is null && entry.Name is null) entry.Problem = "Airflow never reads '" + entry.Key + "' from Key Vault without a team ('__' looks team-scoped)";
                else if (entry.Problem is null && !AirflowNaming.IsValidKeyVaultSecretName(entry.Name)) entry.Problem = "its Key Vault name '" + entry.Name + "' would be rejected";
            }

            List<ImportCommand.Entry> bad = entries.Where(e => e.Problem != null).ToList();
            if (bad.Count > 0)
            {
                foreach (ImportCommand.Entry entry in bad) run.Context.Error.WriteLine(CliApp.Label(entry.Kind) + " '" + entry.Key + "': " + entry.Problem + ".");

                return run.Fail(ExitCodes.Invalid, bad.Count + " of " + entries.Count + " seed entries are invalid; the dev vault was not started.");
            }

            LoopbackKeyVault vault;
            try
            {
                vault = await LoopbackKeyVault.StartAsync(new LoopbackKeyVaultOptions { Port = port }, run.Cancellation).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                // Kestrel reports a port in use as an IOException naming the address.
                throw new CliException(ExitCodes.Invalid, "The dev vault cannot listen on 127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture) + ": " + ex.Message);
            }

            await using (vault.ConfigureAwait(false))
            {
                foreach (ImportCommand.Entry entry in entries) vault.Store.Set(entry.Name!, entry.Value);
                string certificate = Write(certFile, vault.CertificatePem);
                string environment = Write(envFile, EnvFile(vault.CreateAirflowEnvironment(certificate)));

                int variables = entries.Count(e => e.Kind == AirflowSecretKind.Variable);
                int connections = entries.Count - variables;
                if (run.Json)
                {
                    run.WriteJson(new { vaultUrl = vault.VaultUri.ToString(), port = vault.Port, envFile = environment, certFile = certificate, variables, connections });
                }
                else
                {
                    TextWriter output = run.Context.Out;
                    output.WriteLine("Dev vault: " + vault.VaultUri + " (a test double: values in memory, unencrypted). Stop it with Ctrl+C.");
                    output.WriteLine("Serving " + variables + (variables == 1 ? " variable" : " variables") + " and " + connections + (connections == 1 ? " connection" : " connections")
                        + (seeds.Length == 0 ? "." : " from " + string.Join(", ", seeds.Select(s => s.Name)) + "."));
                    output.WriteLine("Environment: " + environment + "   (in a shell: set -a; . " + environment + "; set +a)");
                    output.WriteLine("Certificate: " + certificate);
                    output.WriteLine("Ready.");
                }

                run.Context.Out.Flush();
                try
                {
                    await Task.Delay(Timeout.Infinite, run.Cancellation).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C or SIGTERM: the requested way to stop.
                }

                if (!run.Json) run.Context.Out.WriteLine("Dev vault stopped.");
            }

            return ExitCodes.Ok;
        }

        // Where Airflow's backend looks for the entry, with the default prefixes and separator the env file implies.
        private static string? NameOf(ImportCommand.Entry entry)
        {
            IReadOnlyList<string> names = AirflowNaming.KeyVaultSecretNames(entry.Kind, AirflowNaming.DefaultPrefix(entry.Kind), entry.Key, AirflowNaming.DefaultSeparator, teamName: null);
            return names.Count == 0 ? null : names[0];
        }

        private static string Write(FileInfo file, string text)
        {
            try
            {
                if (file.DirectoryName != null) Directory.CreateDirectory(file.DirectoryName);
                File.WriteAllText(file.FullName, text);
                return file.FullName;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliException(ExitCodes.Invalid, "Cannot write " + file.FullName + " (" + ex.GetType().Name + ").");
            }
        }

        // KEY='value' lines: a shell sources them (set -a; . file), and dotenv readers strip the quotes.
        internal static string EnvFile(IReadOnlyDictionary<string, string> variables)
        {
            var text = new StringBuilder("# Written by airflow-secrets dev-vault: a local test double of Azure Key Vault. Rewritten at every start.\n");
            foreach (KeyValuePair<string, string> variable in variables)
            {
                text.Append(variable.Key).Append("='").Append(variable.Value.Replace("'", "'\\''")).Append("'\n");
            }

            return text.ToString();
        }
    }
}
