namespace Cluster.Replication;

public sealed record ReplicaOptions
{
    public string PrimaryHost { get; init; } = "db-primary.internal";
    public int Port { get; init; } = 5432;
    public string ReplicationUser { get; init; } = "replicator";
    public string ReplicationPassword { get; init; } = "3%XoWnf+=aemwM"; // expect: AFS101
}
