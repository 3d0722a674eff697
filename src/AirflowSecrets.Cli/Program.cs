using System;
using System.Threading.Tasks;
using AirflowSecrets.Cli;

return await CliApp.RunAsync(args, new CliContext(Console.Out, Console.Error, Environment.GetEnvironmentVariable));
