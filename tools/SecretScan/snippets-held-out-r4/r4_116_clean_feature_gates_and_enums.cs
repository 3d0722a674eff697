using Microsoft.FeatureManagement.Mvc;

namespace Admin.Api;

public enum CredentialSource { ManagedIdentity, ClientSecret, Certificate, WorkloadIdentity }

[ApiController]
[Route("api/admin/keys")]
[FeatureGate("ApiKeyAuthentication")]
public sealed class KeysController : ControllerBase
{
    public static class Flags
    {
        public const string RotateClientSecret = "RotateClientSecretOnDeploy";
        public const string PasswordlessLogin = "PasswordlessLogin";
    }

    public bool RequireApiKey { get; init; } = true;
    public CredentialSource Source { get; init; } = CredentialSource.ManagedIdentity;
}
