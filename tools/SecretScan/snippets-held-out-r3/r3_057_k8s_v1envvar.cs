using k8s.Models;

namespace Operator;

public static class JobTemplates
{
    public static V1Container Migrator() => new V1Container
    {
        Name = "migrator",
        Image = "contoso.azurecr.io/migrator:1.8.2",
        Env = new List<V1EnvVar>
        {
            new V1EnvVar { Name = "DB_HOST", Value = "pg-prod" },
            new V1EnvVar { Name = "DB_PASSWORD", Value = "K8s-Migrate-Onyx5" }, // expect: AFS102
        },
    };
}
