using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Identity;

namespace AirflowSecrets.Cli
{
    /// <summary>The command tree of <c>airflow-secrets</c>.</summary>
    internal static class CliApp
    {
        private static readonly JsonSerializerOptions JsonOutput = new() { WriteIndented = true };

        public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
        {
            var vaultUrl = new Option<string?>("--vault-url") { Description = "The vault (default: vault_url in AIRFLOW__SECRETS__BACKEND_KWARGS)", Recursive = true };
            var json = new Option<bool>("--json") { Description = "Write JSON for scripts", Recursive = true };
            var reveal = new Option<bool>("--reveal") { Description = "Show secret values (masked otherwise)", Recursive = true };

            var root = new RootCommand("Airflow Variables and Connections in Azure Key Vault, under Airflow's names.") { vaultUrl, json, reveal };
            root.Subcommands.Add(KindCommand(AirflowSecretKind.Variable, context, vaultUrl, json, reveal));
            root.Subcommands.Add(KindCommand(AirflowSecretKind.Connection, context, vaultUrl, json, reveal));
            root.Subcommands.Add(ImportCommand.Create(context, vaultUrl, json));
            root.Subcommands.Add(CheckCommand.Create(context, vaultUrl, json));

            ParseResult parsed = root.Parse(args);
            var invocation = new InvocationConfiguration { Output = context.Out, Error = context.Error };
            return await parsed.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Runs a command against the vault, turning failures into messages that name keys, never values.</summary>
        public static async Task<int> WithVault(CliContext context, string? vaultUrl, Func<Vault, Task<int>> action)
        {
            try
            {
                using Vault vault = Vault.Open(context, vaultUrl);
                return await action(vault).ConfigureAwait(false);
            }
            catch (AirflowSecretsConfigurationException ex)
            {
                context.Error.WriteLine("Configuration error: " + ex.Message);
                return ExitCodes.Invalid;
            }
            catch (RequestFailedException ex)
            {
                context.Error.WriteLine("The vault refused: HTTP " + ex.Status + (string.IsNullOrEmpty(ex.ErrorCode) ? string.Empty : " " + ex.ErrorCode) + ".");
                return ExitCodes.VaultError;
            }
            catch (AuthenticationFailedException ex)
            {
                context.Error.WriteLine("Authentication failed (" + ex.GetType().Name + "): check AZURE_TENANT_ID, AZURE_CLIENT_ID and the credential.");
                return ExitCodes.VaultError;
            }
        }

        public static void WriteJson(CliContext context, object value) => context.Out.WriteLine(JsonSerializer.Serialize(value, JsonOutput));

        public static string Mask(string value, bool reveal) => reveal ? value : "***";

        private static Command KindCommand(AirflowSecretKind kind, CliContext context, Option<string?> vaultUrl, Option<bool> json, Option<bool> reveal)
        {
            bool connection = kind == AirflowSecretKind.Connection;
            string noun = connection ? "connection" : "variable";
            var command = new Command(connection ? "connections" : "variables", connection ? "Airflow Connections in the vault" : "Airflow Variables in the vault");
            var key = new Argument<string>(connection ? "conn_id" : "key") { Description = "The " + (connection ? "connection id" : "variable key") + " as Airflow code spells it" };
            var team = new Option<string?>("--team") { Description = "A team: its team-scoped name is used" };

            var get = new Command("get", "Read a " + noun + " (masked unless --reveal)") { key, team };
            get.SetAction((parse, cancellation) => WithVault(context, parse.GetValue(vaultUrl), vault => GetAsync(context, vault, kind, parse.GetValue(key)!, parse.GetValue(team), parse.GetValue(json), parse.GetValue(reveal), cancellation)));
            command.Subcommands.Add(get);

            if (connection)
            {
                var uri = new Option<string?>("--conn-uri") { Description = "The connection as a URI" };
                var connJson = new Option<string?>("--conn-json") { Description = "The connection as Airflow's JSON" };
                var type = new Option<string?>("--conn-type");
                var host = new Option<string?>("--conn-host");
                var login = new Option<string?>("--conn-login");
                var password = new Option<string?>("--conn-password");
                var schema = new Option<string?>("--conn-schema");
                var port = new Option<int?>("--conn-port");
                var extra = new Option<string?>("--conn-extra");
                var add = new Command("add", "Store a connection under Airflow's name") { key, team, uri, connJson, type, host, login, password, schema, port, extra };
                add.SetAction((parse, cancellation) =>
                {
                    string id = parse.GetValue(key)!;
                    string? value = ConnectionValue(context, id, parse.GetValue(uri), parse.GetValue(connJson), parse.GetValue(type), parse.GetValue(host),
                        parse.GetValue(login), parse.GetValue(password), parse.GetValue(schema), parse.GetValue(port), parse.GetValue(extra));
                    if (value is null) return Task.FromResult(ExitCodes.Invalid);
                    return WithVault(context, parse.GetValue(vaultUrl), vault => SetAsync(context, vault, kind, id, value, parse.GetValue(team), parse.GetValue(json), cancellation));
                });
                command.Subcommands.Add(add);
            }
            else
            {
                var value = new Argument<string>("value") { Description = "The value, stored as given (JSON for typed reads)" };
                var set = new Command("set", "Store a variable under Airflow's name") { key, value, team };
                set.SetAction((parse, cancellation) => WithVault(context, parse.GetValue(vaultUrl), vault =>
                    SetAsync(context, vault, kind, parse.GetValue(key)!, parse.GetValue(value)!, parse.GetValue(team), parse.GetValue(json), cancellation)));
                command.Subcommands.Add(set);
            }

            var delete = new Command("delete", "Delete a " + noun + " (Key Vault keeps it recoverable until purged)") { key, team };
            delete.SetAction((parse, cancellation) => WithVault(context, parse.GetValue(vaultUrl), vault => DeleteAsync(context, vault, kind, parse.GetValue(key)!, parse.GetValue(team), parse.GetValue(json), cancellation)));
            command.Subcommands.Add(delete);

            var list = new Command("list", "List the vault names under the " + noun + "s prefix and the keys they serve");
            list.SetAction((parse, cancellation) => WithVault(context, parse.GetValue(vaultUrl), vault => ListAsync(context, vault, kind, parse.GetValue(json), cancellation)));
            command.Subcommands.Add(list);
            return command;
        }

        private static async Task<int> GetAsync(CliContext context, Vault vault, AirflowSecretKind kind, string key, string? team, bool json, bool reveal, CancellationToken cancellationToken)
        {
            IReadOnlyList<string> names = vault.ReadNames(kind, key, team, out string? problem);
            if (names.Count == 0)
            {
                context.Error.WriteLine(Label(kind) + " '" + key + "': " + problem + ".");
                return ExitCodes.Invalid;
            }

            try
            {
                (string? name, string? value) = await vault.ReadAsync(names, cancellationToken).ConfigureAwait(false);
                if (value is null)
                {
                    context.Error.WriteLine(Label(kind) + " '" + key + "' was not found (looked for " + string.Join(", then ", names.Select(n => "'" + n + "'")) + ").");
                    return ExitCodes.NotFound;
                }

                string shown = value;
                if (kind == AirflowSecretKind.Connection)
                {
                    AirflowConnection parsed = AirflowConnection.Parse(value, key);
                    shown = reveal ? parsed.GetUri() : parsed.ToString();
                }
                else
                {
                    shown = Mask(value, reveal);
                }

                if (json) WriteJson(context, new { kind = Label(kind).ToLowerInvariant(), key, team, secret = name, value = shown });
                else context.Out.WriteLine(key + " (" + name + ") = " + shown);
                return ExitCodes.Ok;
            }
            catch (RequestFailedException ex) when (ex.Status == 403)
            {
                context.Error.WriteLine(Label(kind) + " '" + key + "': the vault refused to read it (HTTP 403" + (string.IsNullOrEmpty(ex.ErrorCode) ? string.Empty : " " + ex.ErrorCode) + "): the secret is disabled, or access is denied.");
                return ExitCodes.VaultError;
            }
            catch (AirflowConnectionFormatException ex)
            {
                context.Error.WriteLine(ex.Message);
                return ExitCodes.Invalid;
            }
        }

        internal static async Task<int> SetAsync(CliContext context, Vault vault, AirflowSecretKind kind, string key, string value, string? team, bool json, CancellationToken cancellationToken)
        {
            string? name = vault.WriteName(kind, key, team, out string? problem);
            if (name is null)
            {
                context.Error.WriteLine(Label(kind) + " '" + key + "' is not written: " + problem + ".");
                return ExitCodes.Invalid;
            }

            await vault.Client.SetSecretAsync(name, value, cancellationToken).ConfigureAwait(false);
            if (json) WriteJson(context, new { kind = Label(kind).ToLowerInvariant(), key, team, secret = name, written = true });
            else context.Out.WriteLine(Label(kind) + " '" + key + "' written as secret '" + name + "'.");
            return ExitCodes.Ok;
        }

        private static async Task<int> DeleteAsync(CliContext context, Vault vault, AirflowSecretKind kind, string key, string? team, bool json, CancellationToken cancellationToken)
        {
            string? name = vault.WriteName(kind, key, team, out string? problem);
            if (name is null)
            {
                context.Error.WriteLine(Label(kind) + " '" + key + "': " + problem + ".");
                return ExitCodes.Invalid;
            }

            try
            {
                await vault.Client.StartDeleteSecretAsync(name, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                context.Error.WriteLine(Label(kind) + " '" + key + "' was not found (secret '" + name + "').");
                return ExitCodes.NotFound;
            }

            if (json) WriteJson(context, new { kind = Label(kind).ToLowerInvariant(), key, team, secret = name, deleted = true });
            else context.Out.WriteLine(Label(kind) + " '" + key + "' deleted (secret '" + name + "' is recoverable until purged).");
            return ExitCodes.Ok;
        }

        private static async Task<int> ListAsync(CliContext context, Vault vault, AirflowSecretKind kind, bool json, CancellationToken cancellationToken)
        {
            List<ListedName> listed = await vault.ListAsync(kind, cancellationToken).ConfigureAwait(false);
            if (json)
            {
                WriteJson(context, listed.Select(l => new { secret = l.Name, key = l.Key, team = l.Team, enabled = l.Enabled, ambiguity = l.Ambiguity }));
                return ExitCodes.Ok;
            }

            if (vault.Prefix(kind) is null)
            {
                context.Out.WriteLine("Airflow does not read " + Vault.KindPlural(kind) + " from this vault (the prefix is null).");
                return ExitCodes.Ok;
            }

            foreach (ListedName item in listed)
            {
                string team = item.Team is null ? string.Empty : " (team '" + item.Team + "')";
                string state = item.Enabled ? string.Empty : " [disabled]";
                string note = item.Ambiguity is null ? string.Empty : "  -- key may differ: " + item.Ambiguity;
                context.Out.WriteLine(item.Name + " -> " + item.Key + team + state + note);
            }

            context.Out.WriteLine(listed.Count.ToString(CultureInfo.InvariantCulture) + " " + Vault.KindPlural(kind) + ".");
            return ExitCodes.Ok;
        }

        // The stored text of a connection: the URI, the JSON, or a URI built from the field options; null (reported) when invalid.
        private static string? ConnectionValue(CliContext context, string id, string? uri, string? json, string? type, string? host, string? login, string? password, string? schema, int? port, string? extra)
        {
            bool fields = type != null || host != null || login != null || password != null || schema != null || port != null || extra != null;
            int forms = (uri != null ? 1 : 0) + (json != null ? 1 : 0) + (fields ? 1 : 0);
            if (forms != 1)
            {
                context.Error.WriteLine("Connection '" + id + "': give exactly one of --conn-uri, --conn-json, or the --conn-* field options.");
                return null;
            }

            try
            {
                if (uri != null)
                {
                    AirflowConnection.FromUri(uri, id);
                    return uri;
                }

                if (json != null)
                {
                    AirflowConnection.FromJson(json, id);
                    return json;
                }

                return new AirflowConnection(id, type, host, login, password, schema, port, extra).GetUri();
            }
            catch (Exception ex) when (ex is AirflowConnectionFormatException or ArgumentOutOfRangeException)
            {
                context.Error.WriteLine(ex is AirflowConnectionFormatException format ? format.Message : "Connection '" + id + "': the port must be 0-65535.");
                return null;
            }
        }

        public static string Label(AirflowSecretKind kind) => AirflowSecretKindInfo.Of(kind).Title;
    }
}
