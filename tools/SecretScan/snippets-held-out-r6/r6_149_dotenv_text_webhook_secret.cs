namespace Store.Setup;

public static class EnvFileWriter
{
    public static void Write(string path) => File.WriteAllText(path,
        "ASPNETCORE_ENVIRONMENT=Staging\n" +
        "STORE_BASE_URL=https://staging.store.internal\n" +
        "STRIPE_WEBHOOK_SECRET=whsec_62asTmE3EKtjLlIqhrcjNHejWmuE2Sa4\n"); // expect: AFS102
}
