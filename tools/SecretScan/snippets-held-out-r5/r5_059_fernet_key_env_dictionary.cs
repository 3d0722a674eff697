using System.Collections.Generic;
public static class SchedulerContainer
{
    public static IDictionary<string, string> Environment() => new Dictionary<string, string>
    {
        ["AIRFLOW__CORE__EXECUTOR"] = "LocalExecutor",
        ["AIRFLOW__CORE__FERNET_KEY"] = "6j-dgPS67c6azxCWZeG_dkISiDfVxgzEm0ztsLBeioE=", // expect: AFS102
    };
}
