using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;

namespace AirflowSecrets.Cli.Tests.Support;

/// <summary>Runs a process to its end with an environment of the test's choosing; the Airflow and Azure variables of the test run are not inherited.</summary>
public static class ChildProcess
{
    public static ProcessStartInfo StartInfo(string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? directory = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = directory ?? Environment.CurrentDirectory,
        };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        foreach (string inherited in start.Environment.Keys.Where(k => k.StartsWith("AIRFLOW", StringComparison.Ordinal) || k.StartsWith("AZURE_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(inherited);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        if (environment != null)
        {
            foreach (KeyValuePair<string, string> variable in environment) start.Environment[variable.Key] = variable.Value;
        }

        return start;
    }

    public static async Task<(int Code, string Out, string Error, TimeSpan Elapsed)> RunAsync(
        string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? directory = null, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        using Process process = Process.Start(StartInfo(file, arguments, environment, directory))!;
        process.StandardInput.Close();
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        Task exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(timeout ?? TimeSpan.FromMinutes(3))) != exited)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(file + " " + string.Join(" ", arguments) + " did not end in time.");
        }

        return (process.ExitCode, await output, await error, clock.Elapsed);
    }
}
