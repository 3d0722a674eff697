using k8s.Models;

namespace Ops.Operator;

public static class DatabaseSecret
{
    public static V1Secret Build(string ns) => new()
    {
        Metadata = new V1ObjectMeta { Name = "catalog-db", NamespaceProperty = ns },
        Type = "Opaque",
        StringData = new Dictionary<string, string>
        {
            ["username"] = "catalog",
            ["password"] = "+GLr.JGaNa-M5M", // expect: AFS102
        },
    };
}
