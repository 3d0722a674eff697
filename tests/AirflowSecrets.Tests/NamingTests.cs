namespace AirflowSecrets.Tests;

public sealed class NamingTests
{
    [Theory]
    [InlineData("straße", "STRASSE")]
    [InlineData("ключ", "КЛЮЧ")]
    [InlineData("ﬁle", "FILE")]
    [InlineData("ı", "I")]
    [InlineData("my_var", "MY_VAR")]
    public void Upper_casing_follows_python(string key, string expected)
    {
        Assert.Equal(expected, AirflowNaming.PythonUpper(key));
        Assert.Equal(new[] { "AIRFLOW_VAR_" + expected }, AirflowNaming.EnvironmentVariableNames(AirflowSecretKind.Variable, key));
    }

    [Theory]
    [InlineData("_team-a___conn", true)]
    [InlineData("_ab___conn", false)]
    [InlineData("_team_a___conn", false)]
    [InlineData("_team-a___", false)]
    public void Ids_that_spell_a_team_environment_namespace_are_not_read_globally(string id, bool refused)
    {
        Assert.Equal(refused, AirflowNaming.NamesTeamEnvironmentNamespace(id));
        Assert.Equal(refused ? 0 : 1, AirflowNaming.EnvironmentVariableNames(AirflowSecretKind.Connection, id).Count);
    }

    [Theory]
    [InlineData("pre---", "-", "pre")]
    [InlineData("pre-x-", "--", "pre-x")]
    [InlineData("---", "-", "")]
    [InlineData("pre_", "-", "pre_")]
    [InlineData("", "-", "")]
    [InlineData(null, "-", null)]
    public void Prefixes_lose_trailing_separator_characters(string? prefix, string sep, string? expected)
    {
        Assert.Equal(expected, AirflowNaming.NormalizePrefix(prefix, sep));
    }

    [Fact]
    public void Config_lookups_are_never_refused_as_team_scoped()
    {
        Assert.Equal(new[] { "airflow-config-my--key" }, AirflowNaming.KeyVaultSecretNames(AirflowSecretKind.Config, "airflow-config", "my__key", "-"));
        Assert.Empty(AirflowNaming.KeyVaultSecretNames(AirflowSecretKind.Variable, "airflow-variables", "my__key", "-"));
    }
}
