using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Threading.Tasks;
using AirflowSecrets.Clients.Tests.Support;

namespace AirflowSecrets.Clients.Tests.Servers;

/// <summary>
/// Azurite's blob service (the Azure Storage emulator, from the npm registry, installed by scripts/test.sh into the
/// repository's .tools folder) on a free port, with an account of its own whose key is made at run time.
/// </summary>
public sealed class AzuriteServer : IAsyncLifetime
{
    private string _folder = null!;
    private Process? _server;

    public int Port { get; private set; }

    public string AccountName { get; } = "airflowacct";

    public string AccountKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));

    /// <summary>The account URL, path style: <c>http://127.0.0.1:port/account</c>.</summary>
    public string AccountUrl => "http://127.0.0.1:" + Port.ToString(CultureInfo.InvariantCulture) + "/" + AccountName;

    public string ConnectionString => "DefaultEndpointsProtocol=http;AccountName=" + AccountName + ";AccountKey=" + AccountKey + ";BlobEndpoint=" + AccountUrl + ";";

    public async Task InitializeAsync()
    {
        string main = ServerProcess.Find("Azurite", "npm install --prefix .tools azurite@3.37.0 (from the repository root)",
            System.IO.Path.Combine(RepositoryRoot.Path, ".tools", "node_modules", "azurite", "dist", "src", "blob", "main.js"));
        string node = ServerProcess.Find("Node.js", "apt-get install -y nodejs", "node");
        _folder = ServerProcess.NewFolder("azurite");
        Port = ServerProcess.FreePort();
        string log = System.IO.Path.Combine(_folder, "server.log");
        _server = ServerProcess.StartServer(node, new[]
        {
            main, "--blobHost", "127.0.0.1", "--blobPort", Port.ToString(CultureInfo.InvariantCulture), "--location", _folder,
            "--skipApiVersionCheck", "--loose", "--disableProductStyleUrl",
        }, log, environment: new Dictionary<string, string> { ["AZURITE_ACCOUNTS"] = AccountName + ":" + AccountKey });
        await ServerProcess.WaitForPortAsync(Port, _server, log, TimeSpan.FromSeconds(60));
    }

    public Task DisposeAsync()
    {
        ServerProcess.Stop(_server, TimeSpan.FromSeconds(10));
        ServerProcess.DeleteFolder(_folder);
        return Task.CompletedTask;
    }
}
