namespace Release.Tasks;

public static class PublishSteps
{
    public static async Task PushImageAsync(ICommandRunner run, string tag)
    {
        await run.ExecAsync("docker", "login registry.contoso.io -u ci-publisher -p 00aZJ3OMNiyRa2uQkS9ypjS1s2CI7mCbMcKn7Vxu");  // expect: AFS102
        await run.ExecAsync("docker", $"push registry.contoso.io/shop/api:{tag}");
    }

    public static Task UploadArtifactAsync(ICommandRunner run, string file) =>
        run.ExecAsync("curl", $"--fail -u deploy:JRWGA&4PKHed#qOZ --upload-file {file} https://nexus.contoso.io/repository/raw-releases/");  // expect: AFS102
}
