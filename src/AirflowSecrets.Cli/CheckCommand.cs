using System;
using System.Collections;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
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

        public static Command Create(CliContext context, Option<string?> vaultUrl, Option<bool> json)
        {
            var path = new Argument<string>("assembly_or_project") { Description = "A built .dll, or a .csproj to build (Release)" };
            var command = new Command("check", "Verify that every secret a build declares exists, enabled, in the vault") { path };
            command.SetAction(async (parse, cancellation) =>
            {
                List<Declared> declared;
                try
                {
                    declared = Load(Resolve(parse.GetValue(path)!));
                }
                catch (Exception ex) when (ex is IOException or BadImageFormatException or InvalidOperationException or FileLoadException)
                {
                    context.Error.WriteLine("Cannot read the declared secrets: " + ex.Message);
                    return ExitCodes.Invalid;
                }

                return await CliApp.WithVault(context, parse.GetValue(vaultUrl), vault => RunAsync(context, vault, declared, parse.GetValue(json), cancellation)).ConfigureAwait(false);
            });
            return command;
        }

        private static async Task<int> RunAsync(CliContext context, Vault vault, List<Declared> declared, bool json, CancellationToken cancellationToken)
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
                        (string? name, string? value) = await vault.ReadAsync(names, cancellationToken).ConfigureAwait(false);
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
                if (!json) context.Out.WriteLine((ok ? "  ok       " : secret.Optional ? "  optional " : "  MISSING  ") + label + ": " + state + "  [" + secret.DeclaredBy + "]");
                results.Add(new { kind = secret.Kind.ToString().ToLowerInvariant(), key = secret.Key, team = secret.Team, optional = secret.Optional, ok, state, declaredBy = secret.DeclaredBy });
            }

            if (json) CliApp.WriteJson(context, new { secrets = results, missing });
            else context.Out.WriteLine(declared.Count + " declared, " + missing + " required missing.");
            return missing > 0 ? ExitCodes.NotFound : ExitCodes.Ok;
        }

        private static string Resolve(string path)
        {
            if (!path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)) return Path.GetFullPath(path);
            var start = new ProcessStartInfo("dotnet", "build \"" + path + "\" -c Release -nologo -getProperty:TargetPath")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using Process process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
            string output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            string target = output.Trim().Split('\n').Last().Trim();
            if (process.ExitCode != 0 || !File.Exists(target)) throw new InvalidOperationException("Building " + path + " failed; build it and pass the .dll.");
            return target;
        }

        // Loads the assembly apart from the tool and reads each generated class's DeclaredSecrets and OptionalSecrets.
        internal static List<Declared> Load(string assemblyPath)
        {
            string directory = Path.GetDirectoryName(assemblyPath)!;
            var context = new AssemblyLoadContext("airflow-secrets-check", isCollectible: true);
            context.Resolving += (loader, name) =>
            {
                string candidate = Path.Combine(directory, name.Name + ".dll");
                return File.Exists(candidate) ? loader.LoadFromAssemblyPath(candidate) : null;
            };
            try
            {
                Assembly assembly = context.LoadFromAssemblyPath(assemblyPath);
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
