namespace Frontend.Build;

public static class NpmAuth
{
    public static void WriteUserConfig(string home)
    {
        var path = Path.Combine(home, ".npmrc");
        File.WriteAllText(path, "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=npm_tWkhZtH4C64dzBaIrlARbjOs9IM4Y3tpCpXd\nalways-auth=true\n");  // expect: AFS102
    }
}
