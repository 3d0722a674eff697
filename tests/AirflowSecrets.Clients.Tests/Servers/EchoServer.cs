using System;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using AirflowSecrets.Clients.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace AirflowSecrets.Clients.Tests.Servers;

/// <summary>
/// A loopback Kestrel that answers every request with what it received (method, path and query, headers) as JSON;
/// <c>/status/N</c> answers status N. One HTTP port and one HTTPS port with a certificate from a test CA.
/// </summary>
public sealed class EchoServer : IAsyncLifetime
{
    private WebApplication _app = null!;
    private string _folder = null!;

    public int HttpPort { get; private set; }

    public int HttpsPort { get; private set; }

    internal TestCertificates Certificates { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _folder = ServerProcess.NewFolder("echo");
        Certificates = new TestCertificates(_folder, includeLoopbackAddresses: true);
        WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.RequestHeaderEncodingSelector = _ => System.Text.Encoding.Latin1; // read what Python's http.client sends
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(Certificates.Server));
            kestrel.Listen(IPAddress.IPv6Loopback, 0);
        });
        builder.Services.AddRoutingCore();
        _app = builder.Build();
        _app.Run(async context =>
        {
            string path = context.Request.Path.Value ?? string.Empty;
            if (path.StartsWith("/status/", StringComparison.Ordinal) && int.TryParse(path["/status/".Length..], out int status)) context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(JsonSerializer.Serialize(new
            {
                method = context.Request.Method,
                path,
                query = context.Request.QueryString.Value,
                scheme = context.Request.Scheme,
                headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            }));
        });
        await _app.StartAsync();
        string[] addresses = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.ToArray();
        HttpPort = addresses.Select(a => new Uri(a)).First(u => u.Scheme == "http" && u.Host == "127.0.0.1").Port;
        HttpsPort = addresses.Select(a => new Uri(a)).First(u => u.Scheme == "https").Port;
        V6Port = addresses.Select(a => new Uri(a)).First(u => u.Host.Contains(':', StringComparison.Ordinal) || u.Host.StartsWith('[')).Port;
    }

    public int V6Port { get; private set; }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        Certificates?.Dispose();
        ServerProcess.DeleteFolder(_folder);
    }
}
