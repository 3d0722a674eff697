using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using AirflowSecrets.Tests.Support;
using Azure;
using Azure.Identity;

namespace AirflowSecrets.Tests;

/// <summary>One line per cause: what BackendFailure names, and the headlines of the errors that carry it.</summary>
[SuppressMessage("AirflowSecrets.Security", "AFS103", Justification = "Made-up malformed connection values.")]
public sealed class FailureTextTests
{
    private static RequestFailedException Transport(Exception inner) => new(0, inner.Message, inner);

    public static TheoryData<Exception, string, bool> Exceptions => new()
    {
        { Transport(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (127.0.0.1:1)", new SocketException((int)SocketError.ConnectionRefused))), "connection refused", true },
        { Transport(new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known (x.invalid:443)", new SocketException((int)SocketError.HostNotFound))), "host not found", true },
        { Transport(new HttpRequestException(HttpRequestError.SecureConnectionError, "The SSL connection could not be established", new AuthenticationException("The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot"))), "TLS: certificate not trusted (UntrustedRoot)", true },
        { Transport(new HttpRequestException(HttpRequestError.SecureConnectionError, "The SSL connection could not be established", new AuthenticationException("The remote certificate is invalid according to the validation procedure: RemoteCertificateNameMismatch"))), "TLS: the certificate is not for this host name", true },
        { new TaskCanceledException("The operation was cancelled because it exceeded the configured timeout of 0:00:10. Network timeout can be adjusted in ClientOptions.Retry.NetworkTimeout."), "timed out after 10 s", true },
        { Transport(new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.", new IOException("The response ended prematurely."))), "connection closed before an answer", true },
        { new RequestFailedException(403, "Forbidden", "Forbidden", null), "HTTP 403 Forbidden", false },
        { new AggregateException(new RequestFailedException(503, "x", "ServiceUnavailable", null)), "HTTP 503 ServiceUnavailable", false },
        { new AuthenticationFailedException("ClientSecretCredential authentication failed: ", new InvalidOperationException("Original exception: AADSTS7000215: Invalid client secret provided.")), "authentication failed: the token endpoint refused the credential (AADSTS7000215)", false },
        { new AuthenticationFailedException("ClientSecretCredential authentication failed: Retry failed after 4 tries.", new AggregateException(Transport(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused", new SocketException((int)SocketError.ConnectionRefused))))), "authentication failed: the token endpoint is unreachable: connection refused", true },
        { new CredentialUnavailableException("DefaultAzureCredential failed to retrieve a token from the included credentials."), "authentication failed: DefaultAzureCredential found no credential", false },
        { new InvalidOperationException("The challenge resource 'vault.azure.net' does not match the requested domain."), "challenge names the resource 'vault.azure.net'", false },
        { new FormatException("x"), "System.FormatException", false },
    };

    [Theory]
    [MemberData(nameof(Exceptions))]
    public void Each_cause_has_its_name(Exception exception, string cause, bool transport)
    {
        BackendFailure failure = BackendFailure.Describe(exception);
        Assert.Contains(cause, failure.Description, StringComparison.Ordinal);
        Assert.Equal(transport, failure.IsTransport);
        Assert.DoesNotContain('\n', failure.Description);
    }

    [Fact]
    public void Retried_failures_are_counted_and_the_clients_own_timeout_wins()
    {
        var refused = Transport(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused", new SocketException((int)SocketError.ConnectionRefused)));
        BackendFailure failure = BackendFailure.Describe(new AggregateException(refused, refused, refused, refused));
        Assert.Equal(("connection refused (4 attempts)", 4, BackendFailureKind.ConnectionRefused), (failure.Description, failure.Attempts, failure.Kind));

        BackendFailure timeout = BackendFailure.Describe(new TaskCanceledException("canceled"), new BackendFailureContext { NetworkTimeout = TimeSpan.FromSeconds(2.5) });
        Assert.Equal("timed out after 2.5 s", timeout.Description);
    }

    [Fact]
    public void A_certificate_not_issued_by_the_ca_bundle_names_the_bundle()
    {
        var rejected = new AuthenticationException("The remote certificate was rejected by the provided RemoteCertificateValidationCallback.");
        BackendFailure failure = BackendFailure.Describe(rejected, new BackendFailureContext { CaBundle = "/etc/dev-vault.pem" });
        Assert.Equal("TLS: certificate not trusted (not issued by the CA bundle); it is not issued by a certificate in connection_verify '/etc/dev-vault.pem'", failure.Description);
    }

    [Fact]
    public async Task A_malformed_value_is_not_reported_as_not_found()
    {
        var env = new Dictionary<string, string> { ["AIRFLOW_CONN_DB"] = "postgres://user:pw@host:notaport/db" };
        var resolver = new AirflowSecretResolver(new IAirflowSecretsBackend[] { new EnvironmentVariablesBackend(env) });

        var error = await Assert.ThrowsAsync<AirflowSecretNotFoundException>(async () => await resolver.GetConnectionAsync("db"));
        Assert.StartsWith("Connection 'db' has no usable value: the value found is malformed.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not found", error.Message, StringComparison.Ordinal);
        Assert.True(error.Unreadable);

        var load = await Assert.ThrowsAsync<AirflowSecretsLoadException>(() => resolver.LoadAsync(new[] { AirflowSecretKey.Connection("db") }));
        Assert.Contains("connection 'db' has no usable value: the value found is malformed (environment variable 'AIRFLOW_CONN_DB': malformed value (", load.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not found", load.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_no_backend_holds_is_still_not_found()
    {
        var resolver = new AirflowSecretResolver(new IAirflowSecretsBackend[] { new EnvironmentVariablesBackend(new Dictionary<string, string>()) });
        var error = await Assert.ThrowsAsync<AirflowSecretNotFoundException>(async () => await resolver.GetVariableAsync("absent"));
        Assert.StartsWith("Variable 'absent' was not found. Looked in: environment variable 'AIRFLOW_VAR_ABSENT': not found.", error.Message, StringComparison.Ordinal);
        Assert.False(error.Unreadable);
    }

    [Fact]
    public async Task A_failing_backend_makes_the_headline_could_not_be_read()
    {
        var failing = new ScriptedBackend("flaky store") { Failure = new RequestFailedException(500, "boom", "InternalError", null) };
        var resolver = new AirflowSecretResolver(new IAirflowSecretsBackend[] { failing });
        var error = await Assert.ThrowsAsync<AirflowSecretNotFoundException>(async () => await resolver.GetVariableAsync("k"));
        Assert.StartsWith("Variable 'k' could not be read. Looked in: flaky store key 'k': failed (HTTP 500 InternalError).", error.Message, StringComparison.Ordinal);
    }
}
