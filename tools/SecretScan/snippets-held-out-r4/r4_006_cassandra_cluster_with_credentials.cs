using Cassandra;

namespace Timeline.Store;

public static class CassandraSessionFactory
{
    public static ISession Connect()
    {
        var cluster = Cluster.Builder()
            .AddContactPoints("cass-a.timeline", "cass-b.timeline", "cass-c.timeline")
            .WithPort(9042)
            .WithCredentials("timeline_rw", "LLLNn0J3%MGRajch")  // expect: AFS101
            .WithLoadBalancingPolicy(new DCAwareRoundRobinPolicy("eu-west"))
            .Build();
        return cluster.Connect("timeline");
    }
}
