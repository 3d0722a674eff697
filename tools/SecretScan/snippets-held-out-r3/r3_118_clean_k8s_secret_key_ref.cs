using k8s.Models;

namespace Operator;

public static class Env
{
    public static V1EnvVar DbPassword() => new()
    {
        Name = "DB_PASSWORD",
        ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = "pg-credentials", Key = "password" } },
    };

    public static V1EnvVar ApiKey() => new()
    {
        Name = "PARTNER_API_KEY",
        ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = "partner", Key = "api-key" } },
    };
}
