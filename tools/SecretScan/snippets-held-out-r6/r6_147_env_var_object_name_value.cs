namespace Cluster.Provisioning;

public static class NodeSpec
{
    public static IList<EnvironmentVariable> Environment() =>
    [
        new EnvironmentVariable { Name = "EVENTSTORE_CLUSTER_SIZE", Value = "3" },
        new EnvironmentVariable { Name = "EVENTSTORE_CERTIFICATE_PASSWORD", Value = "0*+P_5Jtg%72Mj" }, // expect: AFS102
    ];
}
