using System;
using System.Runtime.InteropServices;
using System.Threading;
using AirflowSecrets.Cli;

// Ctrl+C and SIGTERM cancel the running verb (dev-vault stops serving; others end with exit code 130).
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
{
    signal.Cancel = true;
    stop.Cancel();
});

return await CliApp.RunAsync(args, new CliContext(Console.Out, Console.Error, Environment.GetEnvironmentVariable), stop.Token);
