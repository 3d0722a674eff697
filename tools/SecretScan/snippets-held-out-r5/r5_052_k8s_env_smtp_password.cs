using System.Collections.Generic;
using k8s.Models;
public static class NotifierPod
{
    public static List<V1EnvVar> Env() => new()
    {
        new V1EnvVar { Name = "SMTP_HOST", Value = "smtp.mailroute.test" },
        new V1EnvVar { Name = "SMTP_PASSWORD", Value = "xS!r=yuecfL0Qs0" }, // expect: AFS102
    };
}
