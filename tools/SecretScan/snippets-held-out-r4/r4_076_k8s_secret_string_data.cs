using k8s;
using k8s.Models;

namespace Tenants.Provisioner;

public static class TenantSecrets
{
    public static V1Secret Build(string tenant) => new()
    {
        Metadata = new V1ObjectMeta { Name = $"{tenant}-db", NamespaceProperty = tenant },
        Type = "Opaque",
        StringData = new Dictionary<string, string>
        {
            ["username"] = $"{tenant}_app",
            ["password"] = "121lDo7e#CWnZVde",  // expect: AFS102
            ["api-token"] = "cBiGh6OrG1MAbBA95Q5aCS0GRcX9zrr1K0aK1HTN",  // expect: AFS102
        },
    };
}
