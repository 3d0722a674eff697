using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace AirflowSecrets.Testing
{
    /// <summary>
    /// The fake Entra ID token endpoint (<c>POST /{tenant}/oauth2/v2.0/token</c>, client credentials for one
    /// application) and the 401 challenge that sends the SDK there. Tokens are random and known only to this vault.
    /// </summary>
    internal sealed class LoopbackTokenEndpoint
    {
        public const string VaultResource = "https://vault.azure.net";
        private const string LoginAuthority = "https://login.microsoftonline.com/";

        private readonly ConcurrentDictionary<string, byte> _issuedTokens = new(StringComparer.Ordinal);
        private readonly LoopbackWire _wire;

        public LoopbackTokenEndpoint(string tenantId, string clientId, string clientSecret, LoopbackWire wire)
        {
            TenantId = tenantId;
            ClientId = clientId;
            ClientSecret = clientSecret;
            _wire = wire;
        }

        public string TenantId { get; }

        public string ClientId { get; }

        public string ClientSecret { get; }

        /// <summary>Key Vault's answer to a request without a token: where to get one, and for which resource.</summary>
        public Task ChallengeAsync(HttpContext context, LoopbackRequestInfo request)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer authorization=\"" + LoginAuthority + TenantId + "\", resource=\"" + VaultResource + "\"";
            return _wire.WriteErrorAsync(context, request, 401, "Unauthorized", "AKV10000: Request is missing a Bearer or PoP token.");
        }

        public bool IsAuthenticated(HttpContext context)
        {
            string? header = context.Request.Headers.Authorization;
            const string bearer = "Bearer ";
            return header != null && header.StartsWith(bearer, StringComparison.OrdinalIgnoreCase)
                && _issuedTokens.ContainsKey(header.Substring(bearer.Length).Trim());
        }

        public async Task HandleAsync(HttpContext context, LoopbackRequestInfo request)
        {
            if (!string.Equals(request.Tenant, TenantId, StringComparison.OrdinalIgnoreCase))
            {
                await _wire.WriteOAuthErrorAsync(context, request, 400, "invalid_request", "AADSTS90002: Tenant '" + request.Tenant + "' not found.").ConfigureAwait(false);
                return;
            }

            IFormCollection form = context.Request.HasFormContentType
                ? await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false)
                : FormCollection.Empty;
            if (form["grant_type"] != "client_credentials")
            {
                await _wire.WriteOAuthErrorAsync(context, request, 400, "unsupported_grant_type", "AADSTS70003: Only client_credentials is served here.").ConfigureAwait(false);
                return;
            }

            if (form["client_id"] != ClientId)
            {
                await _wire.WriteOAuthErrorAsync(context, request, 400, "unauthorized_client", "AADSTS700016: Application not found in the directory.").ConfigureAwait(false);
                return;
            }

            byte[] expected = System.Text.Encoding.UTF8.GetBytes(ClientSecret);
            byte[] given = System.Text.Encoding.UTF8.GetBytes(form["client_secret"].ToString());
            if (!CryptographicOperations.FixedTimeEquals(expected, given))
            {
                await _wire.WriteOAuthErrorAsync(context, request, 401, "invalid_client", "AADSTS7000215: Invalid client secret provided.").ConfigureAwait(false);
                return;
            }

            string scope = form["scope"].ToString();
            if (!scope.Split(' ').Contains(VaultResource + "/.default", StringComparer.OrdinalIgnoreCase))
            {
                await _wire.WriteOAuthErrorAsync(context, request, 400, "invalid_scope", "AADSTS70011: This test authority issues tokens for Key Vault only.").ConfigureAwait(false);
                return;
            }

            string token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            _issuedTokens[token] = 0;
            await _wire.WriteJsonAsync(context, request, 200, writer =>
            {
                writer.WriteString("token_type", "Bearer");
                writer.WriteNumber("expires_in", 3599);
                writer.WriteNumber("ext_expires_in", 3599);
                writer.WriteString("access_token", token);
            }).ConfigureAwait(false);
        }
    }
}
