using System;
using System.Collections;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Azure;

namespace AirflowSecrets.Cli
{
    /// <summary>
    /// <c>check ASSEMBLY_OR_PROJECT</c>: the secrets a built assembly declares (the generator's lists) must exist, enabled,
    /// in the vault. A CI step before a deploy.
    /// </summary>
    internal static class CheckCommand
    {
        internal sealed record Declared(AirflowSecretKind Kind, string Key, string? Team, bool Optional, string DeclaredBy);

        public static Command Create(CliContext context, GlobalOptions options)
        {
            var path = new Argument<string>("assembly_or_project") { Description = "A built .dll, or a .csproj to build first (Release unless --configuration)" };
            var configuration = new Option<string>("--configuration", "-c") { Description = "The configuration a .csproj is built in", DefaultValueFactory = _ => "Release" };
            var framework = new Option<string?>("--framework", "-f") { Description = "The target framework of a .csproj that has several" };
            var command = new Command("check", "Verify that every secret a build declares exists, enabled, in the vault") { path, configuration, framework };
            command.SetAction(CliRun.Action(context, options, async (run, parse) =>
            {
                string target = parse.GetValue(path)!;
                string assembly = target.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)
                    ? await BuildAsync(target, parse.GetValue(configuration)!, parse.GetValue(framework), run.Cancellation).ConfigureAwait(false)
                    : Path.GetFullPath(target);
                List<Declared> declared;
                try
                {
                    declared = Load(assembly);
                }
                catch (Exception ex) when (ex is IOException or BadImageFormatException or InvalidOperationException or FileLoadException)
                {
                    throw new CliException(ExitCodes.Invalid, "Cannot read the declared secrets: " + ex.Message);
                }

                return await run.WithVault(vault => RunAsync(run, vault, declared)).ConfigureAwait(false);
            }));
            return command;
        }

        private static async Task<int> RunAsync(CliRun run, Vault vault, List<Declared> declared)
        {
            int missing = 0;
            var results = new List<object>();
            foreach (Declared secret in declared)
            {
                IReadOnlyList<string> names = vault.ReadNames(secret.Kind, secret.Key, secret.Team, out string? problem);
                string state;
                if (names.Count == 0)
                {
                    state = "not in the vault: " + problem;
                }
                else
                {
                    try
                    {
                        (string? name, string? value) = await vault.ReadAsync(names, run.Cancellation).ConfigureAwait(false);
                        state = value is null ? "missing (" + string.Join(", ", names) + ")" : "ok (" + name + ")";
                    }
                    catch (RequestFailedException ex) when (ex.Status == 403)
                    {
                        state = "disabled or forbidden (HTTP 403)";
                    }
                }

                bool ok = state.StartsWith("ok", StringComparison.Ordinal);
                if (!ok && !secret.Optional) missing++;
                string label = CliApp.Label(secret.Kind).ToLowerInvariant() + " '" + secret.Key + "'" + (secret.Team is null ? string.Empty : " (team '" + secret.Team + "')");
                if (!run.Json) run.Context.Out.WriteLine((ok ? "  ok       " : secret.Optional ? "  optional " : "  MISSING  ") + label + ": " + state + "  [" + secret.DeclaredBy + "]");
                results.Add(new { kind = secret.Kind.ToString().ToLowerInvariant(), key = secret.Key, team = secret.Team, optional = secret.Optional, ok, state, declaredBy = secret.DeclaredBy });
            }

            if (run.Json) run.WriteJson(new { secrets = results, missing });
            else run.Context.Out.WriteLine(declared.Count + " declared, " + missing + " required missing.");
            return missing > 0 ? ExitCodes.NotFound : ExitCodes.Ok;
        }

        // Builds the project (the Build target, not an evaluation) and returns the assembly that build produced.
        private static async Task<string> BuildAsync(string project, string configuration, string? framework, CancellationToken cancellationToken)
        {
            if (!File.Exists(project)) throw new CliException(ExitCodes.Invalid, "The project " + project + " does not exist.");
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in new[] { "build", project, "-c", configuration, "-nologo", "-nodeReuse:false", "-t:Build", "-getTargetResult:Build", "-getProperty:TargetPath" })
            {
                start.ArgumentList.Add(argument);
            }

            if (!string.IsNullOrEmpty(framework))
            {
                start.ArgumentList.Add("-f");
                start.ArgumentList.Add(framework!);
            }

            using Process process = Process.Start(start) ?? throw new CliException(ExitCodes.Invalid, "dotnet could not be started to build " + project + ".");
            Task<string> output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            Task<string> errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            string log = await errors.ConfigureAwait(false);
            string? assembly = BuiltAssembly(await output.ConfigureAwait(false), out string? why);
            if (process.ExitCode != 0 || assembly is null)
            {
                string firstError = log.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains(": error ", StringComparison.Ordinal)) ?? why ?? "see 'dotnet build " + project + "'";
                throw new CliException(ExitCodes.Invalid, "Building " + project + " failed, so nothing was checked: " + firstError);
            }

            return assembly;
        }

        // dotnet build -getTargetResult:Build prints the Build target's outputs as JSON: the assembly this build wrote.
        private static string? BuiltAssembly(string json, out string? why)
        {
            why = null;
            try
            {
                using JsonDocument document = JsonDocument.Parse(json);
                JsonElement build = document.RootElement.GetProperty("TargetResults").GetProperty("Build");
                if (build.GetProperty("Result").GetString() != "Success") return null;
                string[] items = build.GetProperty("Items").EnumerateArray().Select(i => i.GetProperty("FullPath").GetString()!).ToArray();
                if (items.Length == 1 && File.Exists(items[0])) return items[0];
                why = items.Length > 1 ? "the project targets several frameworks; choose one with --framework" : "the build produced no assembly";
                return null;
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                why = "dotnet build did not report what it built";
                return null;
            }
        }

        // Loads the assembly apart from the tool and reads each generated class's DeclaredSecrets and OptionalSecrets.
        internal static List<Declared> Load(string assemblyPath)
        {
            string directory = Path.GetDirectoryName(assemblyPath)!;
            var context = new AssemblyLoadContext("airflow-secrets-check", isCollectible: true);
            // From bytes, not from the path: the runtime keeps images by path, so a rebuilt assembly loaded by path in the
            // same process could be the previous build's.
            context.Resolving += (loader, name) =>
            {
                string candidate = Path.Combine(directory, name.Name + ".dll");
                return File.Exists(candidate) ? FromBytes(loader, candidate) : null;
            };
            try
            {
                Assembly assembly = FromBytes(context, assemblyPath);
                Type[] types;
                try
                {
                    types = assembly.GetTypes();
                }
                catch (ReflectionTypeLoadException ex)
                {
                    types = ex.Types.Where(t => t != null).ToArray()!;
                }

                var declared = new List<Declared>();
                foreach (Type type in types.Where(t => t.GetInterfaces().Any(i => i.FullName == "AirflowSecrets.IDeclaresAirflowSecrets")).OrderBy(t => t.FullName, StringComparer.Ordinal))
                {
                    var optional = Keys(type, "OptionalSecrets").ToList();
                    foreach ((AirflowSecretKind kind, string key, string? team) in Keys(type, "DeclaredSecrets"))
                    {
                        declared.Add(new Declared(kind, key, team, optional.Contains((kind, key, team)), type.FullName ?? type.Name));
                    }
                }

                if (declared.Count == 0) throw new InvalidOperationException(Path.GetFileName(assemblyPath) + " declares no Airflow secrets (no class generated from [AirflowVariable], [AirflowConnection] or [AirflowConfig]).");
                return declared;
            }
            finally
            {
                context.Unload();
            }
        }

        private static Assembly FromBytes(AssemblyLoadContext context, string path)
        {
            using var image = new MemoryStream(File.ReadAllBytes(path));
            return context.LoadFromStream(image);
        }

        private static IEnumerable<(AirflowSecretKind Kind, string Key, string? Team)> Keys(Type type, string property)
        {
            object? list = type.GetProperty(property, BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
            if (list is not IEnumerable items) yield break;
            foreach (object? item in items)
            {
                if (item is null) continue;
                Type itemType = item.GetType();
                string kind = itemType.GetProperty("Kind")?.GetValue(item)?.ToString() ?? "Variable";
                string key = (string)itemType.GetProperty("Key")!.GetValue(item)!;
                string? team = (string?)itemType.GetProperty("TeamName")?.GetValue(item);
                yield return (Enum.Parse<AirflowSecretKind>(kind), key, team);
            }
        }
    }
}
