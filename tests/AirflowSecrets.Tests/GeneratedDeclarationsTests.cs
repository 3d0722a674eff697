using System;
using System.Threading.Tasks;
using AirflowSecrets.Backends;
using AirflowSecrets.Tests.Support;

namespace AirflowSecrets.Tests;

/// <summary>Defaults of every width, optional typed values of both kinds, and text beside them.</summary>
[AirflowVariable("big", typeof(long), Default = 7)]
[AirflowVariable("ratio", typeof(float), Default = 1.5)]
[AirflowVariable("level", typeof(byte), Default = 2)]
[AirflowVariable("count", typeof(int?))]
[AirflowVariable("tags", typeof(string[]), Optional = true)]
[AirflowVariable("mode", Default = "fast")]
[AirflowConnection("cache", Optional = true)]
[AirflowConfig("parallelism")]
public sealed partial class DeclaredDefaultsSecrets
{
}

/// <summary>
/// The generated classes declare their members as data (<see cref="AirflowSecretDeclarations"/>) and read through the
/// runtime: these pin what the accessors and the snapshot give for absent and present secrets, that both agree, and
/// that a table that does not line up is refused with the member named.
/// </summary>
public sealed class GeneratedDeclarationsTests
{
    private static (DeclaredDefaultsSecrets Secrets, ScriptedBackend Backend) Create(ScriptedBackend backend) =>
        (new DeclaredDefaultsSecrets(new AirflowSecretResolver(new IAirflowSecretsBackend[] { backend }, new AirflowSecretsOptions(), logger: null)), backend);

    [Fact]
    public async Task Absent_secrets_give_their_defaults_as_the_declared_type_in_accessors_and_snapshot()
    {
        var (secrets, _) = Create(new ScriptedBackend().Set("parallelism", "32"));

        Assert.Equal(7L, await secrets.GetBigAsync());
        Assert.Equal(1.5f, await secrets.GetRatioAsync());
        Assert.Equal((byte)2, await secrets.GetLevelAsync());
        Assert.Null(await secrets.GetCountAsync());
        Assert.Null(await secrets.GetTagsAsync());
        Assert.Equal("fast", await secrets.GetModeAsync());
        Assert.Null(await secrets.GetCacheAsync());

        DeclaredDefaultsSecrets.Snapshot loaded = await secrets.LoadAsync();
        Assert.Equal((7L, 1.5f, (byte)2), (loaded.Big, loaded.Ratio, loaded.Level));
        Assert.Null(loaded.Count);
        Assert.Null(loaded.Tags);
        Assert.Equal("fast", loaded.Mode);
        Assert.Null(loaded.Cache);
        Assert.Equal("32", loaded.Parallelism);
        Assert.Equal("DeclaredDefaultsSecrets.Snapshot (8 secrets)", loaded.ToString());
    }

    [Fact]
    public async Task Present_secrets_are_read_the_same_by_accessors_and_snapshot()
    {
        var (secrets, _) = Create(new ScriptedBackend()
            .Set("big", "9007199254740993").Set("ratio", "0.25").Set("level", "200").Set("count", "12").Set("tags", "[\"a\",\"b\"]")
            .Set("mode", "slow").Set("cache", "redis://:pw@cache.internal:6379/0").Set("parallelism", "32"));

        DeclaredDefaultsSecrets.Snapshot loaded = await secrets.LoadAsync();
        Assert.Equal(9007199254740993L, loaded.Big);
        Assert.Equal(await secrets.GetBigAsync(), loaded.Big);
        Assert.Equal(0.25f, loaded.Ratio);
        Assert.Equal((byte)200, loaded.Level);
        Assert.Equal(12, loaded.Count);
        Assert.Equal(12, await secrets.GetCountAsync());
        Assert.Equal(new[] { "a", "b" }, loaded.Tags);
        Assert.Equal("slow", loaded.Mode);
        Assert.Equal("cache.internal", loaded.Cache!.Host);
        Assert.Equal("cache.internal", (await secrets.GetCacheAsync())!.Host);
    }

    [Fact]
    public async Task An_optional_array_is_a_new_array_on_every_read_so_a_caller_cannot_change_the_next_one()
    {
        var (secrets, _) = Create(new ScriptedBackend().Set("tags", "[\"a\",\"b\"]").Set("parallelism", "32"));
        string[] first = (await secrets.GetTagsAsync())!;
        first[0] = "changed";
        Assert.Equal(new[] { "a", "b" }, await secrets.GetTagsAsync());
    }

    [Fact]
    public async Task A_typed_value_that_does_not_fit_fails_the_load_naming_the_key_not_the_value()
    {
        var (secrets, _) = Create(new ScriptedBackend().Set("level", "\"hunter2-not-a-byte\"").Set("parallelism", "32"));
        var error = await Assert.ThrowsAsync<AirflowVariableFormatException>(() => secrets.LoadAsync());
        Assert.Contains("level", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_required_secret_fails_accessor_and_load()
    {
        var (secrets, _) = Create(new ScriptedBackend());
        var notFound = await Assert.ThrowsAsync<AirflowSecretNotFoundException>(() => secrets.GetParallelismAsync().AsTask());
        Assert.Contains("parallelism", notFound.Message, StringComparison.Ordinal);
        var failed = await Assert.ThrowsAsync<AirflowSecretsLoadException>(() => secrets.LoadAsync());
        Assert.Equal("parallelism", Assert.Single(failed.Failures).Key.Key);
    }

    [Fact]
    public void The_declared_and_optional_lists_follow_the_table()
    {
        Assert.Equal(8, DeclaredDefaultsSecrets.DeclaredSecrets.Count);
        Assert.Equal(AirflowSecretKey.Config("parallelism"), DeclaredDefaultsSecrets.DeclaredSecrets[7]);
        Assert.DoesNotContain(AirflowSecretKey.Config("parallelism"), DeclaredDefaultsSecrets.OptionalSecrets);
        Assert.Equal(7, DeclaredDefaultsSecrets.OptionalSecrets.Count);
        IDeclaresAirflowSecrets declares = Create(new ScriptedBackend()).Secrets;
        Assert.Same(DeclaredDefaultsSecrets.DeclaredSecrets, declares.DeclaredSecrets);
    }

    [Fact]
    public void A_table_that_does_not_line_up_is_refused_naming_the_member()
    {
        AirflowSecretKey[] keys = { AirflowSecretKey.Variable("a"), AirflowSecretKey.Connection("db") };
        Assert.Throws<ArgumentException>(() => new AirflowSecretDeclarations("C", keys, "r"));
        Assert.Throws<ArgumentException>(() => new AirflowSecretDeclarations("C", keys, "rr", defaults: new object?[] { null }));
        var noDefault = Assert.Throws<ArgumentException>(() => new AirflowSecretDeclarations("C", keys, "dr", defaults: new object?[] { null, null }));
        Assert.Contains("'a'", noDefault.Message, StringComparison.Ordinal);
        var unknown = Assert.Throws<ArgumentException>(() => new AirflowSecretDeclarations("C", keys, "rx"));
        Assert.Contains("'db'", unknown.Message, StringComparison.Ordinal);
        var typedConnection = Assert.Throws<ArgumentException>(() => new AirflowSecretDeclarations("C", keys, "rr", readers: new object?[] { null, AirflowValueReaders.Int32 }));
        Assert.Contains("'db'", typedConnection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_accessor_that_reads_a_member_as_another_type_than_declared_is_refused()
    {
        var declarations = new AirflowSecretDeclarations("C", new[] { AirflowSecretKey.Variable("n") }, "r", readers: new object?[] { AirflowValueReaders.Int32 });
        var accessors = new AirflowSecretAccessors(new AirflowSecretResolver(new IAirflowSecretsBackend[] { new ScriptedBackend().Set("n", "1") }, new AirflowSecretsOptions(), logger: null), declarations);
        AirflowSecretSlot<string>? text = null;
        Assert.Throws<InvalidOperationException>(() => accessors.Slot(ref text, 0));
        Assert.Null(text);

        AirflowSecretSlot<int>? number = null;
        AirflowSecretSlot<int> made = accessors.Slot(ref number, 0);
        Assert.Same(made, number);
        AirflowSecretSlot<int>? again = number;
        Assert.Same(made, accessors.Slot(ref again, 0));
        Assert.Equal(1, await made.GetAsync());
    }
}
