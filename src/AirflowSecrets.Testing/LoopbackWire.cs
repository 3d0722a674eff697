using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace AirflowSecrets.Testing
{
    /// <summary>Key Vault's and Entra ID's JSON on the wire: secret bundles, pages, errors. Records each answer in the request log.</summary>
    internal sealed class LoopbackWire
    {
        private readonly Action<LoopbackRequestInfo, int> _record;

        public LoopbackWire(Action<LoopbackRequestInfo, int> record) => _record = record;

        /// <summary>The vault's origin, <c>https://127.0.0.1:{port}</c>, used in ids and next links.</summary>
        public string Origin { get; set; } = string.Empty;

        public void Record(LoopbackRequestInfo request, int status) => _record(request, status);

        public async Task WriteJsonAsync(HttpContext context, LoopbackRequestInfo request, int status, Action<Utf8JsonWriter> body)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                body(writer);
                writer.WriteEndObject();
            }

            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = buffer.Length;
            _record(request, status);
            await context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted).ConfigureAwait(false);
        }

        // Key Vault's {"error": {"code", "message", "innererror"}}.
        public Task WriteErrorAsync(HttpContext context, LoopbackRequestInfo request, int status, string code, string message, string? inner = null) =>
            WriteJsonAsync(context, request, status, writer =>
            {
                writer.WriteStartObject("error");
                writer.WriteString("code", code);
                writer.WriteString("message", message);
                if (inner != null)
                {
                    writer.WriteStartObject("innererror");
                    writer.WriteString("code", inner);
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
            });

        // Entra ID's {"error", "error_description", "error_codes"}.
        public Task WriteOAuthErrorAsync(HttpContext context, LoopbackRequestInfo request, int status, string error, string description) =>
            WriteJsonAsync(context, request, status, writer =>
            {
                writer.WriteString("error", error);
                writer.WriteString("error_description", description);
                writer.WriteStartArray("error_codes");
                writer.WriteEndArray();
            });

        public void WriteBundle(Utf8JsonWriter writer, KeyVaultSecretVersion secret, bool withValue, bool withVersion)
        {
            if (withValue) writer.WriteString("value", secret.Value);
            writer.WriteString("id", Origin + "/secrets/" + secret.Name + (withVersion ? "/" + secret.Version : string.Empty));
            if (secret.ContentType != null) writer.WriteString("contentType", secret.ContentType);
            writer.WriteStartObject("attributes");
            writer.WriteBoolean("enabled", secret.Enabled);
            writer.WriteNumber("created", secret.Created.ToUnixTimeSeconds());
            writer.WriteNumber("updated", secret.Updated.ToUnixTimeSeconds());
            writer.WriteString("recoveryLevel", "Recoverable+Purgeable");
            writer.WriteNumber("recoverableDays", 90);
            writer.WriteEndObject();
            writer.WriteStartObject("tags");
            foreach (KeyValuePair<string, string> tag in secret.Tags) writer.WriteString(tag.Key, tag.Value);
            writer.WriteEndObject();
        }

        public void WriteDeleted(Utf8JsonWriter writer, DeletedKeyVaultSecret deleted)
        {
            writer.WriteString("recoveryId", Origin + "/deletedsecrets/" + deleted.Latest.Name);
            writer.WriteNumber("deletedDate", deleted.DeletedOn.ToUnixTimeSeconds());
            writer.WriteNumber("scheduledPurgeDate", deleted.ScheduledPurgeDate.ToUnixTimeSeconds());
            WriteBundle(writer, deleted.Latest, withValue: false, withVersion: true);
        }
    }
}
