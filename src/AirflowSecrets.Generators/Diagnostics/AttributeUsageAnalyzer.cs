using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AirflowSecrets.Generators.Model;
using AirflowSecrets.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AirflowSecrets.Generators.Diagnostics
{
    /// <summary>
    /// AFS001-AFS018: the rules for the Airflow attributes, checked with the same parser the generator uses and the
    /// same naming code the runtime uses, under the build-time prefixes and separator.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AttributeUsageAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.NotPartial,
            DiagnosticDescriptors.WrongKindOfType,
            DiagnosticDescriptors.EmptyKey,
            DiagnosticDescriptors.InvalidVaultName,
            DiagnosticDescriptors.NeverLookedUpGlobally,
            DiagnosticDescriptors.SameVaultName,
            DiagnosticDescriptors.SameMemberName,
            DiagnosticDescriptors.UnsupportedType,
            DiagnosticDescriptors.DefaultDoesNotFit,
            DiagnosticDescriptors.InvalidMemberName,
            DiagnosticDescriptors.LanguageVersionTooOld,
            DiagnosticDescriptors.ReflectionInTrimmedBuild,
            DiagnosticDescriptors.NotAJsonContext,
            DiagnosticDescriptors.TypeNotInJsonContext,
            DiagnosticDescriptors.ClientCannotServeConnType,
            DiagnosticDescriptors.ClientCannotServeDefaultConnection,
            DiagnosticDescriptors.UnknownClient,
            DiagnosticDescriptors.ConnTypeWithoutClient);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                NamingSettings settings = SettingsReader.Read(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
                string? trimming = SettingsReader.TrimmingProperty(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
                LanguageLevel language = start.Compilation is CSharpCompilation csharp ? new LanguageLevel(csharp.LanguageVersion) : LanguageLevel.Latest;
                start.RegisterSymbolAction(symbol => Analyze(symbol, settings, language, trimming), SymbolKind.NamedType);
            });
        }

        private static void Analyze(SymbolAnalysisContext context, NamingSettings settings, LanguageLevel language, string? trimming)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (!type.GetAttributes().Any(a => SecretsClassParser.IsSecretAttribute(a, out _))) return;
            if (!language.IsSupported)
            {
                // One finding for the class: the generator writes nothing for it, so there is nothing else to check.
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.LanguageVersionTooOld, type.Locations.FirstOrDefault(l => l.IsInSource) ?? Location.None,
                    type.Name, LanguageLevel.Display(language.Version), LanguageLevel.Display(LanguageLevel.Minimum)));
                return;
            }

            var problems = new List<Problem>();
            SecretsClassParser.Parse(type, settings, problems, context.CancellationToken, trimming);
            foreach (Problem problem in problems)
            {
                if (problem.Descriptor == DiagnosticDescriptors.NotPartial && problem.Symbol is INamedTypeSymbol container
                    && !SymbolEqualityComparer.Default.Equals(container, type))
                {
                    // A containing type that is not partial: reported on the attributed class itself (a diagnostic stays
                    // within the symbol analysed, so the IDE shows it and the fix can find the container by its depth).
                    int depth = 0;
                    for (INamedTypeSymbol? current = type; current != null && !SymbolEqualityComparer.Default.Equals(current, container); current = current.ContainingType) depth++;
                    var properties = ImmutableDictionary<string, string?>.Empty.Add(ContainingDepthProperty, depth.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    context.ReportDiagnostic(Diagnostic.Create(problem.Descriptor, type.Locations.FirstOrDefault(l => l.IsInSource) ?? Location.None, properties, problem.Arguments));
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(problem.Descriptor, Locate(problem, type, context), problem.Arguments));
            }
        }

        /// <summary>On an AFS001 about a containing type: how many levels above the reported class that type is.</summary>
        public const string ContainingDepthProperty = "ContainingDepth";

        private static Location Locate(Problem problem, INamedTypeSymbol type, SymbolAnalysisContext context)
        {
            if (problem.Place == ProblemPlace.Type)
            {
                return (problem.Symbol ?? type).Locations.FirstOrDefault(l => l.IsInSource) ?? Location.None;
            }

            if (problem.Attribute?.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not AttributeSyntax attribute)
            {
                return type.Locations.FirstOrDefault() ?? Location.None;
            }

            SeparatedSyntaxList<AttributeArgumentSyntax> arguments = attribute.ArgumentList?.Arguments ?? default;
            AttributeArgumentSyntax[] positional = arguments.Where(a => a.NameEquals is null).ToArray();
            AttributeArgumentSyntax? target = problem.Place switch
            {
                ProblemPlace.Key => positional.FirstOrDefault(),
                ProblemPlace.TypeArgument => positional.Skip(1).FirstOrDefault(),
                ProblemPlace.NamedArgument => arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == problem.NamedArgument),
                _ => null,
            };
            return (target ?? (SyntaxNode)attribute).GetLocation();
        }
    }
}
