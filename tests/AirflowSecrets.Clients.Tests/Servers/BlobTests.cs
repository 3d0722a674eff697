using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using AirflowSecrets.Azure.Storage.Blobs;
using AirflowSecrets.Clients.Tests.Support;
using Azure;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Sas;

namespace AirflowSecrets.Clients.Tests.Servers;

/// <summary>Azure.Storage.Blobs against Azurite, with WasbHook's credential precedence, from the loopback vault.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("AirflowSecrets.Security", "AFS101", Justification = "Made-up credentials for a loopback test server.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("AirflowSecrets.Security", "AFS103", Justification = "Made-up credentials for a loopback test server.")]
public sealed class BlobTests : IClassFixture<AzuriteServer>
{
    private readonly AzuriteServer _server;

    public BlobTests(AzuriteServer server) => _server = server;

    private static async Task<string> UploadAndDownload(BlobServiceClient client)
    {
        BlobContainerClient container = client.GetBlobContainerClient("airflow-" + Guid.NewGuid().ToString("N")[..12]);
        await container.CreateIfNotExistsAsync();
        BlobClient blob = container.GetBlobClient("dags/" + Support.Hostile.Name("report") + ".txt");
        await blob.UploadAsync(BinaryData.FromString("payload " + Support.Hostile.Characters), overwrite: true);
        BlobDownloadResult downloaded = await blob.DownloadContentAsync();
        return downloaded.Content.ToString();
    }

    private static string Expected => "payload " + Support.Hostile.Characters;

    private string AccountSas() => new AccountSasBuilder(AccountSasPermissions.All, DateTimeOffset.UtcNow.AddHours(1), AccountSasServices.Blobs, AccountSasResourceTypes.All)
        .ToSasQueryParameters(new StorageSharedKeyCredential(_server.AccountName, _server.AccountKey)).ToString();

    [Fact]
    public async Task A_connection_string_extra_in_the_uri_form_wins_over_everything_else()
    {
        string uri = "wasb://ignored-login:ignored-password@ignored-host/?connection_string=" + Uri.EscapeDataString(_server.ConnectionString) + "&tenant_id=ignored";
        AirflowConnection connection = await Vault.RoundTripAsync("wasb_default", uri);

        var settings = (BlobStorageSettings)AirflowClients.GetSettings(connection, AirflowClientKind.Blob);
        Assert.Equal(BlobCredentialKind.ConnectionString, settings.Credential);
        Assert.Equal(Expected, await UploadAndDownload(connection.CreateBlobServiceClient()));
    }

    [Fact]
    public async Task The_login_and_password_as_a_shared_key_connect_from_the_json_form()
    {
        AirflowConnection connection = await Vault.RoundTripAsync("wasb_default", Vault.Json("wasb", _server.AccountUrl, _server.AccountName, _server.AccountKey, null, null));

        var settings = (BlobStorageSettings)AirflowClients.GetSettings(connection, AirflowClientKind.Blob);
        Assert.Equal((BlobCredentialKind.SharedKey, _server.AccountName, _server.AccountUrl), (settings.Credential, settings.AccountName, settings.AccountUrl));
        Assert.Equal(Expected, await UploadAndDownload(connection.CreateBlobServiceClient()));
    }

    [Fact]
    public async Task A_shared_access_key_extra_connects()
    {
        AirflowConnection connection = await Vault.RoundTripAsync("wasb_default", Vault.Json("wasb", _server.AccountUrl, null, null, null, null, new { shared_access_key = _server.AccountKey }));

        Assert.Equal(Expected, await UploadAndDownload(connection.CreateBlobServiceClient()));
    }

    [Fact]
    public async Task A_sas_token_with_its_question_mark_connects_as_airflow_appends_it()
    {
        AirflowConnection connection = await Vault.RoundTripAsync("wasb_default", Vault.Json("wasb", _server.AccountUrl, null, null, null, null, new { sas_token = "?" + AccountSas() }));

        var settings = (BlobStorageSettings)AirflowClients.GetSettings(connection, AirflowClientKind.Blob);
        Assert.Equal(BlobCredentialKind.SharedAccessSignature, settings.Credential);
        Assert.StartsWith(_server.AccountUrl + "/?", settings.AccountUrl, StringComparison.Ordinal);
        Assert.Equal(Expected, await UploadAndDownload(connection.CreateBlobServiceClient()));
    }

    [Fact]
    public async Task A_sas_token_without_its_question_mark_goes_into_the_query()
    {
        AirflowConnection connection = await Vault.RoundTripAsync("wasb_default", Vault.Json("wasb", _server.AccountUrl, null, null, null, null, new { sas_token = AccountSas() }));

        Assert.Equal(Expected, await UploadAndDownload(connection.CreateBlobServiceClient()));
    }

    [Fact]
    public async Task A_password_that_is_a_sas_is_used_as_one_as_the_python_sdk_does()
    {
        AirflowConnection connection = await Vault.RoundTripAsync("wasb_default", Vault.Json("wasb", _server.AccountUrl, "anyone", AccountSas(), null, null));

        var settings = (BlobStorageSettings)AirflowClients.GetSettings(connection, AirflowClientKind.Blob);
        Assert.Equal(BlobCredentialKind.SharedAccessSignature, settings.Credential);
        Assert.Equal(Expected, await UploadAndDownload(connection.CreateBlobServiceClient()));
    }

    [Fact]
    public async Task The_settings_text_is_a_storage_connection_string_the_sdk_takes()
    {
        var connection = new AirflowConnection("wasb_default", "wasb", _server.AccountUrl, _server.AccountName, _server.AccountKey);
        string text = AirflowClients.GetSettings(connection, AirflowClientKind.Blob).ToConnectionString();

        Assert.Equal(Expected, await UploadAndDownload(new BlobServiceClient(text)));
        Assert.Equal(Expected, await UploadAndDownload(AirflowBlobExtensions.CreateBlobServiceClient(text)));
        Assert.DoesNotContain(_server.AccountKey, AirflowClients.GetSettings(connection, AirflowClientKind.Blob).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_key_is_refused_by_the_server()
    {
        string wrong = Convert.ToBase64String(Encoding.ASCII.GetBytes("not the key of this account, not at all........"));
        var connection = new AirflowConnection("wasb_default", "wasb", _server.AccountUrl, _server.AccountName, wrong);

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => UploadAndDownload(connection.CreateBlobServiceClient()));
        Assert.Equal(403, error.Status);
    }
}
