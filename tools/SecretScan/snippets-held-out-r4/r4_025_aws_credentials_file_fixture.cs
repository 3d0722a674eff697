using Xunit;

namespace Uploader.Tests;

public sealed class AwsProfileFixture : IDisposable
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));

    public AwsProfileFixture()
    {
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path.Combine(Directory, "credentials"), "[uploader]\naws_access_key_id = AKIACDVNWJBQQACFRYGV\naws_secret_access_key = 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\nregion = eu-central-1\n");  // expect: AFS102
        Environment.SetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE", Path.Combine(Directory, "credentials"));
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, true);
}
