public static class Manifests
{
    public const string DbSecret = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-db\ntype: Opaque\nstringData:\n  username: billing\n  password: JOI5d3OPT3v5uqhW\n"; // expect: AFS103
}
