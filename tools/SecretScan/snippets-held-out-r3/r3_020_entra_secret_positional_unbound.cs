using Contoso.MultiTenant.Abstractions;

namespace Contoso.MultiTenant.Host;

public static class KnownTenants
{
    public static IReadOnlyList<TenantRegistration> All { get; } = new List<TenantRegistration>
    {
        new TenantRegistration("fabrikam", "5b0c3c5e-2f1d-4b55-9f60-1d2a3e4b5c6d", "e7a1b2c3-d4e5-4f60-8a9b-0c1d2e3f4a5b",
            "xZm8Q~98EdD3Y7gQWVBp20XOxXmZKWtZNNcakxCk"), // expect: AFS104
    };
}
