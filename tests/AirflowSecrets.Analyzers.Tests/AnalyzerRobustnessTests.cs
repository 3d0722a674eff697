using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AirflowSecrets.Analyzers;
using AirflowSecrets.Generators.Diagnostics;
using AirflowSecrets.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AirflowSecrets.Analyzers.Tests;

/// <summary>
/// In the IDE the analyzers run on code that is being typed: half-written calls, patterns, tuples, strings and
/// attributes. None of it may make them throw (an AD0001 turns the whole analyzer off for the session).
/// </summary>
[SuppressMessage("AirflowSecrets.Security", "AFS101", Justification = "Half-written test inputs of the analyzers, made-up values.")]
[SuppressMessage("AirflowSecrets.Security", "AFS103", Justification = "Half-written test inputs of the analyzers, made-up values.")]
public sealed class AnalyzerRobustnessTests
{
    public static TheoryData<string> HalfWrittenCode() => new()
    {
        "class C { object M() => new Azure.Identity.ClientSecretCredential(",
        "class C { object M() => new Azure.Identity.ClientSecretCredential(\"t\", \"c\", ",
        "class C { object M() => new Azure.Identity.ClientSecretCredential(clientSecret: ",
        "class C { object M() => new Unknown(apiKey: \"k3y-9f8e7d6c5b4a\", ",
        "class C { object M() => Unknown.Create(password: \"Passw0rd!\"",
        "class C { bool M(string password) => password is ",
        "class C { bool M(string password) => password is \"a\" or ",
        "class C { int M(string password) { switch (password) { case : return 1; } return 0; } }",
        "class C { int M(string password) => password switch { \"x\" => 1, ",
        "class C { (string User, string Password) M() => (\"etl\", ); }",
        "class C { (string User, string Password) M() => (, \"Passw0rd!\"); }",
        "class C { string M(string h) => $\"Host={h};Password={",
        "class C { const string P = \"Host=db;\"; const string Q = P + ; }",
        "class C { const string Raw = \"\"\"\n  password: unterminated",
        "class C { string Password { get; } = \"abc\" + }",
        "[System.Obsolete(\"Passw0rd!\"", 
        "class C { void M() { System.Environment.SetEnvironmentVariable(\"AZURE_CLIENT_SECRET\", ); } }",
        "class C { void M() { var d = new System.Collections.Generic.Dictionary<string, string> { [\"AzureAd:ClientSecret\"] = } } }",
        "class C { System.ReadOnlySpan<byte> Key => \"abc\"u8 + ; }",
        "class C { byte[] M(byte[] d) => System.Security.Cryptography.HMACSHA256.HashData(, d); }",
        "class C { void M() { System.Diagnostics.Process.Start(\"sqlcmd\", \"-U sa -P \" + ); } }",
    };

    [Theory]
    [MemberData(nameof(HalfWrittenCode))]
    public async Task Half_written_code_never_makes_the_analyzers_throw(string source)
    {
        Compilation compilation = TestCompilation.Create(source);
        Assert.NotEmpty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        (ImmutableArray<Diagnostic> diagnostics, IReadOnlyList<Exception> exceptions) =
            await TestCompilation.AnalyseAsync(compilation, new HardCodedSecretAnalyzer(), new AttributeUsageAnalyzer());

        Assert.Empty(exceptions.Select(e => e.ToString()));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }
}
