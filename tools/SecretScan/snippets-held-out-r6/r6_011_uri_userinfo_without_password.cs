namespace Deploy.Remote;

public static class Endpoints
{
    public static readonly Uri Git = new("ssh://git@git.build.internal:2222/platform/deploy.git");
    public static readonly Uri Metrics = new("https://metrics@telemetry.internal/ingest");
}
