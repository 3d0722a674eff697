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

/// <summary>Python works on code points; a surrogate pair is one character (expected values from CPython 3.11.7).</summary>
public sealed class NamingCodePointTests
{
    [Theory]
    [InlineData("pre\U0001F200", "\U0001F600", "pre\U0001F200")] // 🈀 shares its low surrogate with 😀, not its code point
    [InlineData("pre\U0001F600\U0001F600", "\U0001F600", "pre")]
    [InlineData("pre-\U0001F600-", "\U0001F600-", "pre")]
    [InlineData("\U0001F600", "\U0001F600", "")]
    public void Rstrip_of_the_separator_removes_whole_code_points(string prefix, string sep, string expected)
    {
        Assert.Equal(expected, AirflowNaming.NormalizePrefix(prefix, sep));
    }

    [Theory]
    [InlineData("a\U0001F200--b", "\U0001F600", true)]
    [InlineData("\U0001F600--b", "-", true)]
    [InlineData("a\U0001F600--b", "\U0001F600", false)]
    [InlineData("x--y", "\U0001F600", true)]
    [InlineData("\U0001F200--\n", "\U0001F600", false)]
    public void The_team_scoped_pattern_matches_code_points(string key, string sep, bool refused)
    {
        Assert.Equal(refused, AirflowNaming.IsRefusedAsTeamScoped(key, sep));
    }

    [Theory]
    [InlineData("\U00010428", "\U00010400")]
    [InlineData("\u0149", "\u02BCN")]
    [InlineData("\u1FB3", "\u0391\u0399")]
    [InlineData("a\uD800b", "A\uD800B")]
    public void Upper_casing_maps_code_points_outside_the_bmp_and_keeps_lone_surrogates(string key, string expected)
    {
        Assert.Equal(expected, AirflowNaming.PythonUpper(key));
    }

    [Theory]
    [InlineData("", false)]
    [InlineData(".", false)]
    [InlineData("..", false)]
    [InlineData("...", true)]
    [InlineData("airflow-variables-x", true)]
    public void Only_names_a_request_url_can_carry_are_requested(string name, bool requested)
    {
        Assert.Equal(requested, AirflowNaming.CanAddressKeyVaultSecret(name));
    }
}

public sealed class KindDescriptorTests
{
    [Theory]
    [InlineData(AirflowSecretKind.Variable, "variables_prefix", "airflow-variables", "AIRFLOW_VAR_")]
    [InlineData(AirflowSecretKind.Connection, "connections_prefix", "airflow-connections", "AIRFLOW_CONN_")]
    [InlineData(AirflowSecretKind.Config, "config_prefix", "airflow-config", null)]
    public void Each_kind_has_its_airflow_kwarg_default_prefix_and_environment_prefix(AirflowSecretKind kind, string kwarg, string defaultPrefix, string? environmentPrefix)
    {
        AirflowSecretKindInfo info = AirflowSecretKindInfo.Of(kind);
        Assert.Equal(kwarg, info.PrefixKwarg);
        Assert.Equal(defaultPrefix, info.DefaultPrefix);
        Assert.Equal(environmentPrefix, info.EnvironmentPrefix);

        // The kwargs parser, the options and the naming rules agree with the descriptor.
        Assert.Equal(defaultPrefix, new AzureKeyVaultBackendOptions().GetPrefix(kind));
        Assert.Equal("p", AirflowSecretsEnvironment.ParseKwargs("{\"" + kwarg + "\": \"p\"}").GetPrefix(kind));
        Assert.Equal(environmentPrefix is null ? 0 : 1, AirflowNaming.EnvironmentVariableNames(kind, "k").Count);
        Assert.Equal(kind != AirflowSecretKind.Config, info.HasTeams);
    }

    [Fact]
    public void An_empty_separator_is_refused_in_one_place_for_every_backend()
    {
        var options = new AzureKeyVaultBackendOptions { Separator = "" };
        Assert.Equal("sep", Assert.Throws<AirflowSecretsConfigurationException>(options.ValidateNaming).Setting);
        Assert.Equal("sep", Assert.Throws<AirflowSecretsConfigurationException>(() => new Support.FakeKeyVaultHandler().CreateBackend(options)).Setting);
        Assert.Equal("sep", Assert.Throws<AirflowSecretsConfigurationException>(() => new AirflowSecrets.Testing.InMemoryKeyVaultBackend(options: options)).Setting);
    }
}
