using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using AirflowSecrets.Generators.Emit;
using AirflowSecrets.Generators.Model;
using AirflowSecrets.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AirflowSecrets.Generators
{
    /// <summary>
    /// Generates typed accessors for the Airflow secrets declared with <c>[AirflowVariable]</c>, <c>[AirflowConnection]</c>
    /// and <c>[AirflowConfig]</c> on partial classes. It reports no diagnostics (the analyzers do) and skips what it
    /// cannot generate.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class SecretsGenerator : IIncrementalGenerator
    {
        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValueProvider<NamingSettings> settings = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => SettingsReader.Read(options.GlobalOptions))
                .WithTrackingName(TrackingNames.Settings);

            // What the project's C# version lets generated code use; below the minimum nothing is generated (AFS011).
            IncrementalValueProvider<LanguageLevel> language = context.ParseOptionsProvider
                .Select(static (options, _) => LanguageLevel.From(options))
                .WithTrackingName(TrackingNames.Language);

            // One pipeline per attribute; a class is produced by exactly one of them (see Extract), so each class gets one file.
            foreach (AirflowSecretKind kind in new[] { AirflowSecretKind.Variable, AirflowSecretKind.Connection, AirflowSecretKind.Config })
            {
                IncrementalValuesProvider<((SecretsClassModel Model, NamingSettings Settings) Input, LanguageLevel Language)> classes = context.SyntaxProvider
                    .ForAttributeWithMetadataName(
                        AirflowSecretKindInfo.Of(kind).AttributeMetadataName,
                        static (node, _) => node is ClassDeclarationSyntax,
                        (syntax, cancellationToken) => Extract(syntax, kind, cancellationToken))
                    .WithTrackingName(TrackingNames.Extract + kind)
                    .Where(static model => model is not null)
                    .WithTrackingName(TrackingNames.RemoveNulls + kind)
                    .Select(static (model, _) => model!)
                    .WithTrackingName(TrackingNames.Classes(kind))
                    .Combine(settings)
                    .WithTrackingName(TrackingNames.WithSettings + kind)
                    .Combine(language)
                    .WithTrackingName(TrackingNames.WithLanguage + kind);

                context.RegisterSourceOutput(classes, static (output, item) =>
                {
                    if (!item.Language.IsSupported) return;
                    string source = SecretsClassEmitter.Emit(item.Input.Model, item.Input.Settings, item.Language);
                    output.AddSource(item.Input.Model.HintName, SourceText.From(source, Encoding.UTF8));
                });
            }
        }

        // A class can carry several of the attributes, on several partial declarations. Only the declaration holding the
        // first of them (in the symbol's attribute order), in that attribute's pipeline, produces the model.
        private static SecretsClassModel? Extract(GeneratorAttributeSyntaxContext syntax, AirflowSecretKind kind, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (syntax.TargetSymbol is not INamedTypeSymbol type) return null;
            ImmutableArray<AttributeData> attributes = type.GetAttributes();
            AttributeData? first = attributes.FirstOrDefault(a => SecretsClassParser.IsSecretAttribute(a, out _));
            if (first is null || !SecretsClassParser.IsSecretAttribute(first, out AirflowSecretKind firstKind) || firstKind != kind) return null;
            SyntaxReference? application = first.ApplicationSyntaxReference;
            if (application is null || application.SyntaxTree != syntax.TargetNode.SyntaxTree || !syntax.TargetNode.Span.Contains(application.Span)) return null;
            return SecretsClassParser.Parse(type, settings: null, problems: null, cancellationToken);
        }
    }
}
