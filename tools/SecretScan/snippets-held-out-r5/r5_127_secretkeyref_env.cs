using k8s.Models;
public static class Env
{
    public static V1EnvVar DbPassword() => new V1EnvVar
    {
        Name = "DB_PASSWORD",
        ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = "orders-db", Key = "password" } },
    };
}
