using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AirflowSecrets.Generators.Model
{
    /// <summary>
    /// The C# version the consuming project compiles at, as the emitter needs it: which constructs generated code may
    /// use. An equatable pipeline value, read from the parse options (which change only when the project's settings do).
    /// </summary>
    /// <remarks>
    /// The project's nullable context is deliberately not part of it: a generated file starts with nullable disabled
    /// whatever the project says, so the emitter sets its own context (<c>#nullable enable</c>) wherever the language
    /// has one, and the result is the same for every setting of <c>&lt;Nullable&gt;</c>.
    /// </remarks>
    internal sealed record LanguageLevel(LanguageVersion Version)
    {
        /// <summary>The oldest version generated code compiles at: the default of .NET Framework and .NET Standard 2.0 projects.</summary>
        public const LanguageVersion Minimum = LanguageVersion.CSharp7_3;

        public static LanguageLevel Latest { get; } = new(LanguageVersion.Latest.MapSpecifiedToEffectiveVersion());

        /// <summary>Whether anything can be generated (below <see cref="Minimum"/>, AFS011 says why not).</summary>
        public bool IsSupported => Version >= Minimum;

        /// <summary><c>#nullable</c> and <c>?</c> on reference types: C# 8.</summary>
        public bool NullableAnnotations => Version >= LanguageVersion.CSharp8;

        public static LanguageLevel From(ParseOptions? options) =>
            options is CSharpParseOptions csharp ? new LanguageLevel(csharp.LanguageVersion) : Latest;

        /// <summary>How the version is shown in a diagnostic: <c>7.3</c>, <c>12.0</c>.</summary>
        public static string Display(LanguageVersion version) => version.ToDisplayString();
    }
}
