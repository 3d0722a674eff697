using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace AirflowSecrets.Clients.Tests.Support;

/// <summary>
/// What the server fixtures share: finding installed binaries (a missing one fails with the command that installs
/// it), a temporary folder, free loopback ports, running as an unprivileged user when the tests run as root
/// (PostgreSQL and MariaDB refuse root), and stopping what was started.
/// </summary>
internal static class ServerProcess
{
    /// <summary>The user the servers run as when the tests run as root.</summary>
    public const string UnprivilegedUser = "nobody";

    /// <summary>Its group (Debian's name).</summary>
    public const string UnprivilegedGroup = "nogroup";

    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>The first existing file among the candidates (globs with one '*' directory level allowed), else a failure naming the install command.</summary>
    public static string Find(string what, string install, params string[] candidates)
    {
        foreach (string candidate in candidates)
        {
            foreach (string path in Expand(candidate))
            {
                if (File.Exists(path)) return path;
            }
        }

        throw new InvalidOperationException(what + " was not found (looked for " + string.Join(", ", candidates) + "). Install it with: " + install
            + " — or run the repository's test command, bash scripts/test.sh, which installs what is missing.");
    }

    private static IEnumerable<string> Expand(string candidate)
    {
        if (!candidate.Contains('/', StringComparison.Ordinal))
        {
            foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries)) yield return Path.Combine(dir, candidate);
            yield break;
        }

        int star = candidate.IndexOf('*', StringComparison.Ordinal);
        if (star < 0)
        {
            yield return candidate;
            yield break;
        }

        string parent = candidate[..candidate.LastIndexOf('/', star)];
        string rest = candidate[(candidate.IndexOf('/', star) + 1)..];
        if (!Directory.Exists(parent)) yield break;
        // The highest version first (PostgreSQL puts each major version in its own folder).
        foreach (string dir in Directory.GetDirectories(parent).OrderByDescending(d => d, new VersionOrder())) yield return Path.Combine(dir, rest);
    }

    private sealed class VersionOrder : IComparer<string>
    {
        public int Compare(string? x, string? y) =>
            (int.TryParse(Path.GetFileName(x), out int a) ? a : -1).CompareTo(int.TryParse(Path.GetFileName(y), out int b) ? b : -1);
    }

    /// <summary>A new temporary folder the server's user can write.</summary>
    public static string NewFolder(string stem)
    {
        string path = Path.Combine(Path.GetTempPath(), "airflowsecrets-" + stem + "-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(path);
        if (IsRoot) Run("chown", new[] { UnprivilegedUser + ":" + UnprivilegedGroup, path });
        return path;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The command line, run as the unprivileged user when root.</summary>
    public static (string File, IReadOnlyList<string> Arguments) AsServerUser(string file, IEnumerable<string> arguments) =>
        // setpriv execs the command itself (no wrapper process), so signals reach the server.
        IsRoot ? ("setpriv", new[] { "--reuid=" + UnprivilegedUser, "--regid=" + UnprivilegedGroup, "--clear-groups", "--", file }.Concat(arguments).ToArray()) : (file, arguments.ToArray());

    /// <summary>Runs a command to completion; a non-zero exit is an exception with its output.</summary>
    public static string Run(string file, IEnumerable<string> arguments, bool unprivileged = false, IDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        (string f, IReadOnlyList<string> args) = unprivileged ? AsServerUser(file, arguments) : (file, arguments.ToArray());
        var start = Start(f, args, environment);
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)(timeout ?? TimeSpan.FromMinutes(2)).TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(Path.GetFileName(file) + " did not finish in time.");
        }

        string output = stdout.Result + stderr.Result;
        if (process.ExitCode != 0) throw new InvalidOperationException(Path.GetFileName(file) + " exited with " + process.ExitCode + ":\n" + output);
        return output;
    }

    /// <summary>Starts a long-running server whose output goes to a log file.</summary>
    public static Process StartServer(string file, IEnumerable<string> arguments, string logFile, bool unprivileged = false, IDictionary<string, string>? environment = null)
    {
        (string f, IReadOnlyList<string> args) = unprivileged ? AsServerUser(file, arguments) : (file, arguments.ToArray());
        ProcessStartInfo start = Start(f, args, environment);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data != null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (log) log.WriteLine(e.Data); };
        process.Exited += (_, _) => { lock (log) log.Dispose(); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static ProcessStartInfo Start(string file, IEnumerable<string> arguments, IDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        if (environment != null)
        {
            foreach (KeyValuePair<string, string> pair in environment) start.Environment[pair.Key] = pair.Value;
        }

        return start;
    }

    /// <summary>Waits until the port accepts TCP connections, or fails with the log's tail.</summary>
    public static async Task WaitForPortAsync(int port, Process? process, string logFile, TimeSpan timeout, IPAddress? address = null)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (process is { HasExited: true }) throw new InvalidOperationException("The server exited with " + process.ExitCode + ":\n" + Tail(logFile));
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(address ?? IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException("The server did not listen on port " + port + " in " + timeout.TotalSeconds + " s:\n" + Tail(logFile));
    }

    public static string Tail(string logFile)
    {
        try
        {
            string[] lines = File.ReadAllLines(logFile);
            return string.Join("\n", lines.Skip(Math.Max(0, lines.Length - 30)));
        }
        catch (IOException)
        {
            return "(no log)";
        }
    }

    /// <summary>Stops a process started here: SIGTERM, then kill after a grace period.</summary>
    public static void Stop(Process? process, TimeSpan grace)
    {
        if (process is null) return;
        try
        {
            if (!process.HasExited)
            {
                Run("kill", new[] { "-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
                if (!process.WaitForExit((int)grace.TotalMilliseconds)) process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        finally
        {
            process.Dispose();
        }
    }

    public static void DeleteFolder(string? path)
    {
        if (path is null) return;
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public static void Write(string path, string text)
    {
        File.WriteAllText(path, text, new UTF8Encoding(false));
        if (IsRoot) Run("chown", new[] { UnprivilegedUser, path });
    }
}
