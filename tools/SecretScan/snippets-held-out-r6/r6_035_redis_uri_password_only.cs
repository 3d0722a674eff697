namespace Jobs.Queue;

public static class QueueSettings
{
    public static readonly Uri Broker = new("redis://:SmANksuTrmBdHU20aS@jobs-redis.internal:6379/2"); // expect: AFS103
}
