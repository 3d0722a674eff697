using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using AirflowSecrets.Clients;
using Azure;

namespace AirflowSecrets.Cli
{
    /// <summary>
    /// <c>connections get ID --as CLIENT</c>: the connection, resolved as the runtime resolves it (Key Vault when configured,
    /// then <c>AIRFLOW_CONN_*</c>), turned into the settings the runtime would hand that client, masked unless
    /// <c>--reveal</c>. With <c>--reveal</c> (and without <c>--json</c>) standard output is exactly the settings text, one line.
    /// Where a job would fall through to the environment because the vault failed, the tool stops with the vault's exit
    /// code instead, so a script never gets another connection unnoticed.
    /// </summary>
    internal static class ConnectionAsClient
    {
        private static readonly string ClientNames = string.Join(", ", AirflowClients.All.Select(AirflowClients.Name));

        /// <summary>The <c>--as</c> option; a name that is no client is a usage error (exit 2) before any request.</summary>
        public static Option<string?> CreateOption()
        {
            var option = new Option<string?>("--as")
            {
                Description = "Print the settings the runtime would hand this client (" + ClientNames + "), masked unless --reveal",
                HelpName = "client",
            };
            option.Validators.Add(result =>
            {
                string? name = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
                if (!AirflowClients.TryParse(name, out _)) result.AddError("--as '" + name + "' is not a client; use one of " + ClientNames);
            });
            return option;
        }

        public static Task<int> RunAsync(CliRun run, string connId, string? team, string clientName)
        {
            if (!AirflowClients.TryParse(clientName, out AirflowClientKind client))
            {
                return Task.FromResult(run.Fail(ExitCodes.Invalid, "--as '" + clientName + "' is not a client; use one of " + ClientNames + "."));
            }

            // Key Vault when the environment names it as Airflow's backend (or --vault-url names a vault), as the runtime decides.
            bool vault = AirflowSecretsEnvironment.FromEnvironment(run.Context.Environment).KeyVault != null || !string.IsNullOrEmpty(run.VaultUrl);
            return vault ? run.WithVault(v => ShowAsync(run, v, connId, team, client)) : ShowAsync(run, null, connId, team, client);
        }

        private static async Task<int> ShowAsync(CliRun run, Vault? vault, string connId, string? team, AirflowClientKind client)
        {
            var searched = new List<string>();
            string? value = null;
            string? source = null;
            if (vault != null)
            {
                IReadOnlyList<string> names = vault.ReadNames(AirflowSecretKind.Connection, connId, team, out string? problem);
                if (names.Count == 0)
                {
                    searched.Add("not Key Vault (" + problem + ")");
                }
                else
                {
                    string? secret;
                    try
                    {
                        (secret, value) = await vault.ReadAsync(names, run.Cancellation).ConfigureAwait(false);
                    }
                    catch (RequestFailedException ex) when (ex.Status == 403)
                    {
                        return run.Fail(ExitCodes.VaultError, "Connection '" + connId + "': the vault refused to read it (HTTP 403"
                            + (string.IsNullOrEmpty(ex.ErrorCode) ? string.Empty : " " + ex.ErrorCode) + "): the secret is disabled, or access is denied.");
                    }

                    // As Airflow: an empty connection value is no connection, and the next backend is asked.
                    if (string.IsNullOrEmpty(value)) searched.Add("Key Vault secret " + string.Join(", then ", names.Select(n => "'" + n + "'")));
                    else source = "Key Vault secret '" + secret + "'";
                }
            }

            if (source is null)
            {
                var environment = new EnvironmentVariablesBackend(run.Context.Environment);
                value = await environment.GetValueAsync(AirflowSecretKind.Connection, connId, team, run.Cancellation).ConfigureAwait(false);
                string place = environment.DescribeLookup(AirflowSecretKind.Connection, connId, team);
                if (string.IsNullOrEmpty(value)) searched.Add(place);
                else source = place;
            }

            if (source is null)
            {
                return run.Fail(ExitCodes.NotFound, "Connection '" + connId + "' was not found (looked in " + string.Join(", then ", searched) + ").");
            }

            string name = AirflowClients.Name(client);
            AirflowClientSettings settings;
            string text;
            try
            {
                AirflowConnection connection = AirflowConnection.Parse(value!, connId);
                settings = AirflowClients.GetSettings(connection, client, new AirflowClientOptions { Environment = run.Context.Environment });
                text = run.Reveal ? settings.ToConnectionString() : settings.ToMaskedConnectionString();
            }
            catch (AirflowConnectionFormatException ex)
            {
                return run.Fail(ExitCodes.Invalid, ex.Message);
            }
            catch (AirflowClientSettingsException ex)
            {
                return run.Fail(ExitCodes.Invalid, ex.Message);
            }

            if (run.Json)
            {
                run.WriteJson(new { kind = "connection", key = connId, team, source, client = name, masked = !run.Reveal, settings = text, notes = settings.Notes });
                return ExitCodes.Ok;
            }

            if (text.IndexOfAny(LineBreaks) >= 0)
            {
                return run.Fail(ExitCodes.Invalid, "Connection '" + connId + "' as " + name + ": " + LineBreakField(settings)
                    + " holds a line break, so the settings do not fit on one line; use --json.");
            }

            if (run.Reveal)
            {
                run.Context.Out.WriteLine(text);
                return ExitCodes.Ok;
            }

            run.Context.Out.WriteLine(connId + " as " + name + " (" + source + ") = " + text);
            if (settings.Notes.Count > 0) run.Context.Out.WriteLine("left out (no effect on a .NET client): " + string.Join(", ", settings.Notes));
            return ExitCodes.Ok;
        }

        private static readonly char[] LineBreaks = { '\r', '\n' };

        // Names where the line break is (a keyword), never its value.
        private static string LineBreakField(AirflowClientSettings settings) =>
            settings is ConnectionStringSettings keywords && keywords.Keywords.FirstOrDefault(k => k.Value.IndexOfAny(LineBreaks) >= 0) is { Name: not null } keyword
                ? "the value of " + keyword.Name
                : "a value";
    }
}
