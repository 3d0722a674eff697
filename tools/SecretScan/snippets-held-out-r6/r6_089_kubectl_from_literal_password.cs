namespace Ops.Deploy;

public static class SecretCommands
{
    public static string[] Bootstrap(string ns) =>
    [
        $"kubectl create namespace {ns}",
        $"kubectl -n {ns} create secret generic catalog-db --from-literal=username=catalog --from-literal=password=7SkAPgOQnID.RL_pbo", // expect: AFS102
    ];
}
