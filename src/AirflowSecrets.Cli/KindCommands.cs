using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Azure;

namespace AirflowSecrets.Cli
{
    /// <summary>
    /// <c>variables get|set|delete|list</c> and <c>connections get|add|delete|list</c>. Each verb is a method that builds
    /// its <see cref="Command"/>, so that a verb (or an option of one, such as a client to build from a connection) can be
    /// added beside the others.
    /// </summary>
    internal static class KindCommands
    {
        public static Command Create(AirflowSecretKind kind, CliContext context, GlobalOptions options)
        {
            bool connection = kind == AirflowSecretKind.Connection;
            var verbs = new KindVerbs(kind, context, options);
            var command = new Command(connection ? "connections" : "variables", connection ? "Airflow Connections in the vault" : "Airflow Variables in the vault");
            command.Subcommands.Add(verbs.Get());
            command.Subcommands.Add(connection ? verbs.Add() : verbs.Set());
            command.Subcommands.Add(verbs.Delete());
            command.Subcommands.Add(verbs.List());
            return command;
        }

        // Writes a value under the name Airflow reads (also used by import).
        internal static async Task<int> SetAsync(CliRun run, Vault vault, AirflowSecretKind kind, string key, string value, string? team)
        {
            string? name = vault.WriteName(kind, key, team, out string? problem);
            if (name is null) return run.Fail(ExitCodes.Invalid, CliApp.Label(kind) + " '" + key + "' is not written: " + problem + ".");
            await vault.Client.SetSecretAsync(name, value, run.Cancellation).ConfigureAwait(false);
            if (run.Json) run.WriteJson(new { kind = CliApp.Label(kind).ToLowerInvariant(), key, team, secret = name, written = true });
            else run.Context.Out.WriteLine(CliApp.Label(kind) + " '" + key + "' written as secret '" + name + "'.");
            return ExitCodes.Ok;
        }

        private sealed class KindVerbs
        {
            private readonly AirflowSecretKind _kind;
            private readonly CliContext _context;
            private readonly GlobalOptions _options;
            private readonly string _noun;
            private readonly Argument<string> _key;
            private readonly Option<string?> _team = new("--team") { Description = "A team: its team-scoped name is used" };

            public KindVerbs(AirflowSecretKind kind, CliContext context, GlobalOptions options)
            {
                _kind = kind;
                _context = context;
                _options = options;
                bool connection = kind == AirflowSecretKind.Connection;
                _noun = connection ? "connection" : "variable";
                _key = new Argument<string>(connection ? "conn_id" : "key") { Description = "The " + (connection ? "connection id" : "variable key") + " as Airflow code spells it" };
            }

            private string Label => CliApp.Label(_kind);

            public Command Get()
            {
                var get = new Command("get", "Read a " + _noun + " (masked unless --reveal)") { _key, _team };
                Option<string?>? asClient = _kind == AirflowSecretKind.Connection ? ConnectionAsClient.CreateOption() : null;
                if (asClient != null) get.Options.Add(asClient);
                get.SetAction(CliRun.Action(_context, _options, (run, parse) => asClient != null && parse.GetValue(asClient) is string client
                    ? ConnectionAsClient.RunAsync(run, parse.GetValue(_key)!, parse.GetValue(_team), client)
                    : run.WithVault(vault => GetAsync(run, vault, parse.GetValue(_key)!, parse.GetValue(_team)))));
                return get;
            }

            public Command Set()
            {
                var value = new Argument<string>("value") { Description = "The value, stored as given (JSON for typed reads)" };
                var set = new Command("set", "Store a variable under Airflow's name") { _key, value, _team };
                set.SetAction(CliRun.Action(_context, _options, (run, parse) =>
                    run.WithVault(vault => SetAsync(run, vault, _kind, parse.GetValue(_key)!, parse.GetValue(value)!, parse.GetValue(_team)))));
                return set;
            }

            public Command Add()
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
                var add = new Command("add", "Store a connection under Airflow's name") { _key, _team, uri, connJson, type, host, login, password, schema, port, extra };
                add.SetAction(CliRun.Action(_context, _options, (run, parse) =>
                {
                    string id = parse.GetValue(_key)!;
                    string value = ConnectionValue(id, parse.GetValue(uri), parse.GetValue(connJson), parse.GetValue(type), parse.GetValue(host),
                        parse.GetValue(login), parse.GetValue(password), parse.GetValue(schema), parse.GetValue(port), parse.GetValue(extra));
                    return run.WithVault(vault => SetAsync(run, vault, _kind, id, value, parse.GetValue(_team)));
                }));
                return add;
            }

            public Command Delete()
            {
                var delete = new Command("delete", "Delete a " + _noun + " (Key Vault keeps it recoverable until purged)") { _key, _team };
                delete.SetAction(CliRun.Action(_context, _options, (run, parse) => run.WithVault(vault => DeleteAsync(run, vault, parse.GetValue(_key)!, parse.GetValue(_team)))));
                return delete;
            }

            public Command List()
            {
                var list = new Command("list", "List the vault names under the " + _noun + "s prefix and the keys they serve");
                list.SetAction(CliRun.Action(_context, _options, (run, _) => run.WithVault(vault => ListAsync(run, vault))));
                return list;
            }

            private async Task<int> GetAsync(CliRun run, Vault vault, string key, string? team)
            {
                IReadOnlyList<string> names = vault.ReadNames(_kind, key, team, out string? problem);
                if (names.Count == 0) return run.Fail(ExitCodes.Invalid, Label + " '" + key + "': " + problem + ".");

                string? name, value;
                try
                {
                    (name, value) = await vault.ReadAsync(names, run.Cancellation).ConfigureAwait(false);
                }
                catch (RequestFailedException ex) when (ex.Status == 403)
                {
                    return run.Fail(ExitCodes.VaultError, Label + " '" + key + "': the vault refused to read it (HTTP 403"
                        + (string.IsNullOrEmpty(ex.ErrorCode) ? string.Empty : " " + ex.ErrorCode) + "): the secret is disabled, or access is denied.");
                }

                if (value is null)
                {
                    return run.Fail(ExitCodes.NotFound, Label + " '" + key + "' was not found (looked for " + string.Join(", then ", names.Select(n => "'" + n + "'")) + ").");
                }

                string shown;
                if (_kind == AirflowSecretKind.Connection)
                {
                    AirflowConnection parsed;
                    try
                    {
                        parsed = AirflowConnection.Parse(value, key);
                    }
                    catch (AirflowConnectionFormatException ex)
                    {
                        return run.Fail(ExitCodes.Invalid, ex.Message);
                    }

                    shown = run.Reveal ? parsed.GetUri() : parsed.ToString();
                }
                else
                {
                    shown = run.Mask(value);
                }

                if (run.Json) run.WriteJson(new { kind = Label.ToLowerInvariant(), key, team, secret = name, value = shown });
                else run.Context.Out.WriteLine(key + " (" + name + ") = " + shown);
                return ExitCodes.Ok;
            }

            private async Task<int> DeleteAsync(CliRun run, Vault vault, string key, string? team)
            {
                string? name = vault.WriteName(_kind, key, team, out string? problem);
                if (name is null) return run.Fail(ExitCodes.Invalid, Label + " '" + key + "': " + problem + ".");
                try
                {
                    await vault.Client.StartDeleteSecretAsync(name, run.Cancellation).ConfigureAwait(false);
                }
                catch (RequestFailedException ex) when (ex.Status == 404)
                {
                    return run.Fail(ExitCodes.NotFound, Label + " '" + key + "' was not found (secret '" + name + "').");
                }

                if (run.Json) run.WriteJson(new { kind = Label.ToLowerInvariant(), key, team, secret = name, deleted = true });
                else run.Context.Out.WriteLine(Label + " '" + key + "' deleted (secret '" + name + "' is recoverable until purged).");
                return ExitCodes.Ok;
            }

            private async Task<int> ListAsync(CliRun run, Vault vault)
            {
                List<ListedName> listed = await vault.ListAsync(_kind, run.Cancellation).ConfigureAwait(false);
                if (run.Json)
                {
                    run.WriteJson(listed.Select(l => new { secret = l.Name, key = l.Key, team = l.Team, enabled = l.Enabled, ambiguity = l.Ambiguity }));
                    return ExitCodes.Ok;
                }

                if (vault.Prefix(_kind) is null)
                {
                    run.Context.Out.WriteLine("Airflow does not read " + Vault.KindPlural(_kind) + " from this vault (the prefix is null).");
                    return ExitCodes.Ok;
                }

                foreach (ListedName item in listed)
                {
                    string team = item.Team is null ? string.Empty : " (team '" + item.Team + "')";
                    string state = item.Enabled ? string.Empty : " [disabled]";
                    string note = item.Ambiguity is null ? string.Empty : "  -- key may differ: " + item.Ambiguity;
                    run.Context.Out.WriteLine(item.Name + " -> " + item.Key + team + state + note);
                }

                run.Context.Out.WriteLine(listed.Count.ToString(CultureInfo.InvariantCulture) + " " + Vault.KindPlural(_kind) + ".");
                return ExitCodes.Ok;
            }

            // The stored text of a connection: the URI, the JSON, or a URI built from the field options.
            private static string ConnectionValue(string id, string? uri, string? json, string? type, string? host, string? login, string? password, string? schema, int? port, string? extra)
            {
                bool fields = type != null || host != null || login != null || password != null || schema != null || port != null || extra != null;
                int forms = (uri != null ? 1 : 0) + (json != null ? 1 : 0) + (fields ? 1 : 0);
                if (forms != 1)
                {
                    throw new CliException(ExitCodes.Invalid, "Connection '" + id + "': give exactly one of --conn-uri, --conn-json, or the --conn-* field options.");
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
                catch (AirflowConnectionFormatException ex)
                {
                    throw new CliException(ExitCodes.Invalid, ex.Message);
                }
                catch (ArgumentOutOfRangeException)
                {
                    throw new CliException(ExitCodes.Invalid, "Connection '" + id + "': the port must be 0-65535.");
                }
            }
        }
    }
}
