using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AirflowSecrets.Generators.Model;
using AirflowSecrets.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AirflowSecrets.Generators.Diagnostics
{
    /// <summary>
    /// AFS001-AFS010: the rules for the Airflow attributes, checked with the same parser the generator uses and the
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
            DiagnosticDescriptors.InvalidMemberName);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                NamingSettings settings = SettingsReader.Read(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
                start.RegisterSymbolAction(symbol => Analyze(symbol, settings), SymbolKind.NamedType);
            });
        }

        private static void Analyze(SymbolAnalysisContext context, NamingSettings settings)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (!type.GetAttributes().Any(a => SecretsClassParser.IsSecretAttribute(a, out _))) return;
            var problems = new List<Problem>();
            SecretsClassParser.Parse(type, settings, problems, context.CancellationToken);
            foreach (Problem problem in problems)
            {
                context.ReportDiagnostic(Diagnostic.Create(problem.Descriptor, Locate(problem, type, context), problem.Arguments));
            }
        }

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
