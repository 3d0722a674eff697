namespace Store.Cli.Tests;

public class ImportCommandTests
{
    [Fact]
    public async Task Import_runs_against_staging()
    {
        string[] args = ["import", "--server", "staging-db.internal", "--user", "importer", "--password", "Quill-Ember-2207"]; // expect: AFS102
        var exit = await ImportCommand.RunAsync(args);
        Assert.Equal(0, exit);
    }
}
