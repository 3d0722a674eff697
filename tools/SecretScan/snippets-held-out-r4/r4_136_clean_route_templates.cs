namespace Accounts.Api;

[ApiController]
[Route("api/accounts")]
public sealed class AccountController : ControllerBase
{
    [HttpPost("reset-password")]
    public IActionResult ResetPassword(ResetPasswordRequest request) => Accepted();

    [HttpPost("{accountId}/api-keys")]
    public IActionResult CreateApiKey(string accountId) => Created($"/api/accounts/{accountId}/api-keys/latest", null);

    [HttpDelete("{accountId}/api-keys/{keyId}", Name = "RevokeApiKey")]
    public IActionResult RevokeApiKey(string accountId, string keyId) => NoContent();

    [HttpPost("/connect/token")]
    public IActionResult Token() => Ok();
}
