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
using YamlDotNet.Serialization;

namespace AirflowSecrets.Cli
{
    /// <summary>
    /// <c>import FILE</c>: the files <c>airflow variables export</c> and <c>airflow connections export</c> write (JSON, YAML,
    /// .env), validated whole before anything is written.
    /// </summary>
    internal static class ImportCommand
    {
        internal sealed class Entry
        {
            public AirflowSecretKind Kind { get; set; }

            public string Key { get; set; } = string.Empty;

            public string Value { get; set; } = string.Empty;

            public string? Name { get; set; }

            public string? Problem { get; set; }
        }

        public static Command Create(CliContext context, GlobalOptions options)
        {
            var file = new Argument<FileInfo>("file") { Description = "A variables or connections export: .json, .yaml/.yml or .env" };
            var kind = new Option<string?>("--kind") { Description = "variables or connections (default: told by the file's content)" };
            kind.AcceptOnlyFromAmong("variables", "connections");
            var dryRun = new Option<bool>("--dry-run") { Description = "Validate and show what would be written; write nothing" };
            var team = new Option<string?>("--team") { Description = "Write every entry under this team's names" };
            var command = new Command("import", "Write an Airflow export file into the vault under Airflow's names") { file, kind, dryRun, team };
            command.SetAction(CliRun.Action(context, options, (run, parse) => run.WithVault(vault =>
                RunAsync(run, vault, parse.GetValue(file)!, parse.GetValue(kind), parse.GetValue(dryRun), parse.GetValue(team)))));
            return command;
        }

        private static async Task<int> RunAsync(CliRun run, Vault vault, FileInfo file, string? kindName, bool dryRun, string? team)
        {
            CliContext context = run.Context;
            bool json = run.Json;
            CancellationToken cancellationToken = run.Cancellation;
            List<Entry> entries = ReadEntries(file, kindName);

            // The whole file is checked before the first request: a bad entry writes nothing.
            foreach (Entry entry in entries)
            {
                entry.Name = vault.WriteName(entry.Kind, entry.Key, team, out string? problem);
                entry.Problem ??= problem;
            }

            List<Entry> bad = entries.Where(e => e.Problem != null).ToList();
            if (bad.Count > 0)
            {
                foreach (Entry entry in bad) context.Error.WriteLine(CliApp.Label(entry.Kind) + " '" + entry.Key + "': " + entry.Problem + ".");
                return run.Fail(ExitCodes.Invalid, bad.Count + " of " + entries.Count + " entries are invalid. Nothing was written.",
                    bad.Select(e => new { kind = CliApp.Label(e.Kind).ToLowerInvariant(), key = e.Key, problem = e.Problem }).ToList());
            }

            int written = 0, skipped = 0, failed = 0;
            var results = new List<object>();
            for (int i = 0; i < entries.Count; i++)
            {
                Entry entry = entries[i];
                string progress = "[" + (i + 1).ToString(CultureInfo.InvariantCulture) + "/" + entries.Count.ToString(CultureInfo.InvariantCulture) + "] "
                    + CliApp.Label(entry.Kind).ToLowerInvariant() + " '" + entry.Key + "' -> " + entry.Name + ": ";
                if (dryRun)
                {
                    if (!json) context.Out.WriteLine(progress + "would be written");
                    results.Add(new { key = entry.Key, secret = entry.Name, outcome = "would be written" });
                    continue;
                }

                string outcome;
                try
                {
                    (_, string? existing) = await vault.ReadAsync(new[] { entry.Name! }, cancellationToken).ConfigureAwait(false);
                    if (existing == entry.Value)
                    {
                        skipped++;
                        outcome = "unchanged, skipped";
                    }
                    else
                    {
                        await vault.Client.SetSecretAsync(entry.Name!, entry.Value, cancellationToken).ConfigureAwait(false);
                        written++;
                        outcome = "written";
                    }
                }
                catch (RequestFailedException ex) when (ex.Status > 0)
                {
                    failed++;
                    outcome = "failed: HTTP " + ex.Status + (string.IsNullOrEmpty(ex.ErrorCode) ? string.Empty : " " + ex.ErrorCode);
                }
                catch (Exception ex) when (CliRun.IsUnreachable(ex))
                {
                    // Every further entry would pay the same retries: stop, and say how far the import got.
                    string unreachable = vault.Options.VaultUrl + " is unreachable: " + AirflowSecrets.Backends.BackendFailure.Describe(ex).Description;
                    throw new CliException(ExitCodes.Unreachable, "The vault " + unreachable + ". " + written + " of " + entries.Count + " entries were written before it failed.");
                }

                if (!json) context.Out.WriteLine(progress + outcome);
                results.Add(new { key = entry.Key, secret = entry.Name, outcome });
            }

            string summary = dryRun
                ? entries.Count + " entries valid; nothing written (dry run)."
                : written + " written, " + skipped + " skipped (unchanged), " + failed + " failed.";
            if (json) run.WriteJson(new { entries = results, written, skipped, failed, dryRun });
            else context.Out.WriteLine(summary);
            return failed > 0 ? ExitCodes.NotFound : ExitCodes.Ok;
        }

        // The whole file, or a usage error that names where it is wrong (never what it holds).
        internal static List<Entry> ReadEntries(FileInfo file, string? kindName)
        {
            try
            {
                return Read(file, kindName);
            }
            catch (Exception ex) when (ex is IOException or JsonException or YamlDotNet.Core.YamlException or FormatException or UnauthorizedAccessException)
            {
                throw new CliException(ExitCodes.Invalid, "Cannot read " + file.Name + ": " + Describe(ex) + ". Nothing was written.");
            }
        }

        private static List<Entry> Read(FileInfo file, string? kindName)
        {
            string text = File.ReadAllText(file.FullName);
            string extension = file.Extension.ToLowerInvariant();
            if (extension == ".env") return ReadEnv(text, kindName);
            JsonElement root = extension is ".yaml" or ".yml" ? YamlToJson(text) : JsonDocument.Parse(text).RootElement.Clone();
            if (root.ValueKind != JsonValueKind.Object) throw new FormatException("the top level is not an object of keys");
            bool connections = kindName is null
                ? root.EnumerateObject().Any() && root.EnumerateObject().All(p => p.Value.ValueKind == JsonValueKind.Object)
                : kindName == "connections";
            var entries = new List<Entry>();
            foreach (JsonProperty property in root.EnumerateObject())
            {
                entries.Add(connections ? Connection(property.Name, property.Value) : Variable(property.Name, property.Value));
            }

            return entries;
        }

        // airflow variables export: strings are stored as they are, anything else as its JSON text.
        private static Entry Variable(string key, JsonElement value) => new()
        {
            Kind = AirflowSecretKind.Variable,
            Key = key,
            Value = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText(),
        };

        // airflow connections export: one object of fields per connection id; stored as Airflow's connection JSON.
        private static Entry Connection(string id, JsonElement value)
        {
            var entry = new Entry { Kind = AirflowSecretKind.Connection, Key = id };
            if (value.ValueKind == JsonValueKind.String)
            {
                entry.Value = value.GetString()!;
            }
            else if (value.ValueKind == JsonValueKind.Object)
            {
                entry.Value = value.GetRawText();
            }
            else
            {
                entry.Problem = "expected an object of connection fields or a URI";
                return entry;
            }

            try
            {
                AirflowConnection.Parse(entry.Value, id);
            }
            catch (AirflowConnectionFormatException ex)
            {
                entry.Problem = ex.Problem;
            }

            return entry;
        }

        // KEY=VALUE lines (airflow connections export --format env writes conn_id=URI).
        private static List<Entry> ReadEnv(string text, string? kindName)
        {
            var pairs = new List<(string Key, string Value, int Line)>();
            string[] lines = text.Replace("\r\n", "\n").Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i].Trim();
                if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal)) continue;
                int equals = line.IndexOf('=');
                if (equals <= 0) throw new FormatException("line " + (i + 1).ToString(CultureInfo.InvariantCulture) + " is not KEY=VALUE");
                string value = line.Substring(equals + 1).Trim();
                if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[value.Length - 1] == value[0]) value = value.Substring(1, value.Length - 2);
                pairs.Add((line.Substring(0, equals).Trim(), value, i + 1));
            }

            bool connections = kindName is null ? pairs.Count > 0 && pairs.All(p => p.Value.Contains("://") || p.Value.StartsWith("{", StringComparison.Ordinal)) : kindName == "connections";
            return pairs.Select(p => connections
                ? Connection(p.Key, JsonDocument.Parse(JsonSerializer.Serialize(p.Value)).RootElement.Clone())
                : new Entry { Kind = AirflowSecretKind.Variable, Key = p.Key, Value = p.Value }).ToList();
        }

        private static JsonElement YamlToJson(string text)
        {
            object? graph = new DeserializerBuilder().Build().Deserialize<object>(text);
            return JsonDocument.Parse(JsonSerializer.Serialize(Normalise(graph))).RootElement.Clone();
        }

        // YAML maps have object keys; JSON wants strings. Scalars stay strings except the port, which connections need as a number.
        private static object? Normalise(object? node) => node switch
        {
            IDictionary<object, object> map => map.ToDictionary(p => Convert.ToString(p.Key, CultureInfo.InvariantCulture)!, p =>
                string.Equals(Convert.ToString(p.Key, CultureInfo.InvariantCulture), "port", StringComparison.Ordinal)
                && int.TryParse(Convert.ToString(p.Value, CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out int port)
                    ? port
                    : Normalise(p.Value)),
            IList<object> list => list.Select(Normalise).ToList(),
            _ => node,
        };

        // Parser messages can quote the text they stopped at, which may be a value: say where, not what.
        private static string Describe(Exception ex) => ex switch
        {
            JsonException json => "not valid JSON (line " + ((json.LineNumber ?? 0) + 1).ToString(CultureInfo.InvariantCulture) + ")",
            YamlDotNet.Core.YamlException yaml => "not valid YAML (line " + yaml.Start.Line.ToString(CultureInfo.InvariantCulture) + ")",
            FormatException format => format.Message,
            _ => ex.GetType().Name,
        };
    }
}
