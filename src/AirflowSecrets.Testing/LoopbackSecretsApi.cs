using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace AirflowSecrets.Testing
{
    /// <summary>The Key Vault secrets REST operations over a <see cref="KeyVaultSecretStore"/>: get, set, list (paged), versions, delete, purge.</summary>
    internal sealed class LoopbackSecretsApi
    {
        private readonly LoopbackWire _wire;
        private readonly int _pageSize;

        public LoopbackSecretsApi(KeyVaultSecretStore store, LoopbackWire wire, int pageSize)
        {
            Store = store;
            _wire = wire;
            _pageSize = pageSize;
        }

        public KeyVaultSecretStore Store { get; }

        public Task HandleAsync(HttpContext context, LoopbackRequestInfo request) => request.Operation switch
        {
            "get" => GetAsync(context, request),
            "set" => SetAsync(context, request),
            "list" => ListAsync(context, request, Store.Names.Select(n => Store.Get(n)).Where(v => v != null).Select(v => v!), withVersion: false),
            "list-versions" => ListVersionsAsync(context, request),
            "delete" => DeleteAsync(context, request),
            "get-deleted" => GetDeletedAsync(context, request),
            _ => PurgeAsync(context, request),
        };

        private async Task GetAsync(HttpContext context, LoopbackRequestInfo request)
        {
            KeyVaultSecretVersion? secret = Store.Get(request.SecretName!, request.Version);
            if (secret is null)
            {
                string what = string.IsNullOrEmpty(request.Version) ? string.Empty : " with version (" + request.Version + ")";
                await _wire.WriteErrorAsync(context, request, 404, "SecretNotFound", "A secret with (name/id) " + request.SecretName + what + " was not found in this key vault.").ConfigureAwait(false);
                return;
            }

            if (!secret.Enabled)
            {
                await _wire.WriteErrorAsync(context, request, 403, "Forbidden", "Operation get is not allowed on a disabled secret.", inner: "SecretDisabled").ConfigureAwait(false);
                return;
            }

            await _wire.WriteJsonAsync(context, request, 200, writer => _wire.WriteBundle(writer, secret, withValue: true, withVersion: true)).ConfigureAwait(false);
        }

        private async Task SetAsync(HttpContext context, LoopbackRequestInfo request)
        {
            JsonDocument body;
            try
            {
                body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
            }
            catch (JsonException)
            {
                await _wire.WriteErrorAsync(context, request, 400, "BadParameter", "The request body is not JSON.").ConfigureAwait(false);
                return;
            }

            using (body)
            {
                JsonElement root = body.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("value", out JsonElement value) || value.ValueKind != JsonValueKind.String)
                {
                    await _wire.WriteErrorAsync(context, request, 400, "BadParameter", "Property 'value' is required and must be a string.").ConfigureAwait(false);
                    return;
                }

                string? contentType = root.TryGetProperty("contentType", out JsonElement ct) && ct.ValueKind == JsonValueKind.String ? ct.GetString() : null;
                bool enabled = !(root.TryGetProperty("attributes", out JsonElement attributes) && attributes.ValueKind == JsonValueKind.Object
                    && attributes.TryGetProperty("enabled", out JsonElement e) && e.ValueKind == JsonValueKind.False);
                var tags = new Dictionary<string, string>(StringComparer.Ordinal);
                if (root.TryGetProperty("tags", out JsonElement tagsElement) && tagsElement.ValueKind == JsonValueKind.Object)
                {
                    foreach (JsonProperty tag in tagsElement.EnumerateObject()) tags[tag.Name] = tag.Value.ToString();
                }

                KeyVaultSecretVersion stored;
                try
                {
                    stored = Store.Set(request.SecretName!, value.GetString()!, contentType, enabled, tags);
                }
                catch (InvalidOperationException)
                {
                    await _wire.WriteErrorAsync(context, request, 409, "Conflict", "Secret " + request.SecretName + " is currently in a deleted but recoverable state.",
                        inner: "ObjectIsDeletedButRecoverable").ConfigureAwait(false);
                    return;
                }

                await _wire.WriteJsonAsync(context, request, 200, writer => _wire.WriteBundle(writer, stored, withValue: true, withVersion: true)).ConfigureAwait(false);
            }
        }

        private async Task ListVersionsAsync(HttpContext context, LoopbackRequestInfo request)
        {
            IReadOnlyList<KeyVaultSecretVersion> versions = Store.GetVersions(request.SecretName!);
            if (versions.Count == 0)
            {
                await _wire.WriteErrorAsync(context, request, 404, "SecretNotFound", "A secret with (name/id) " + request.SecretName + " was not found in this key vault.").ConfigureAwait(false);
                return;
            }

            await ListAsync(context, request, versions, withVersion: true).ConfigureAwait(false);
        }

        private async Task ListAsync(HttpContext context, LoopbackRequestInfo request, IEnumerable<KeyVaultSecretVersion> items, bool withVersion)
        {
            IQueryCollection query = context.Request.Query;
            int pageSize = int.TryParse(query["maxresults"], NumberStyles.None, CultureInfo.InvariantCulture, out int max) && max > 0 ? Math.Min(max, 25) : _pageSize;
            int skip = int.TryParse(query["$skiptoken"], NumberStyles.None, CultureInfo.InvariantCulture, out int s) ? s : 0;
            KeyVaultSecretVersion[] all = items.ToArray();
            KeyVaultSecretVersion[] page = all.Skip(skip).Take(pageSize).ToArray();
            string? nextLink = skip + page.Length < all.Length
                ? _wire.Origin + request.Path + "?api-version=" + Uri.EscapeDataString(query["api-version"].ToString()) + "&maxresults=" + pageSize.ToString(CultureInfo.InvariantCulture)
                    + "&$skiptoken=" + (skip + page.Length).ToString(CultureInfo.InvariantCulture)
                : null;
            await _wire.WriteJsonAsync(context, request, 200, writer =>
            {
                writer.WriteStartArray("value");
                foreach (KeyVaultSecretVersion item in page)
                {
                    writer.WriteStartObject();
                    _wire.WriteBundle(writer, item, withValue: false, withVersion: withVersion);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                if (nextLink is null) writer.WriteNull("nextLink");
                else writer.WriteString("nextLink", nextLink);
            }).ConfigureAwait(false);
        }

        private async Task DeleteAsync(HttpContext context, LoopbackRequestInfo request)
        {
            DeletedKeyVaultSecret? deleted = Store.Delete(request.SecretName!);
            if (deleted is null)
            {
                await _wire.WriteErrorAsync(context, request, 404, "SecretNotFound", "A secret with (name/id) " + request.SecretName + " was not found in this key vault.").ConfigureAwait(false);
                return;
            }

            await _wire.WriteJsonAsync(context, request, 200, writer => _wire.WriteDeleted(writer, deleted)).ConfigureAwait(false);
        }

        private async Task GetDeletedAsync(HttpContext context, LoopbackRequestInfo request)
        {
            DeletedKeyVaultSecret? deleted = Store.GetDeleted(request.SecretName!);
            if (deleted is null)
            {
                await _wire.WriteErrorAsync(context, request, 404, "SecretNotFound", "Deleted Secret not found: " + request.SecretName).ConfigureAwait(false);
                return;
            }

            await _wire.WriteJsonAsync(context, request, 200, writer => _wire.WriteDeleted(writer, deleted)).ConfigureAwait(false);
        }

        private async Task PurgeAsync(HttpContext context, LoopbackRequestInfo request)
        {
            if (!Store.Purge(request.SecretName!))
            {
                await _wire.WriteErrorAsync(context, request, 404, "SecretNotFound", "Deleted Secret not found: " + request.SecretName).ConfigureAwait(false);
                return;
            }

            context.Response.StatusCode = 204;
            _wire.Record(request, 204);
        }
    }
}
