using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace AirflowSecrets.Analyzers
{
    /// <summary>
    /// AFS101-AFS104: credentials written into C# source. Values are followed from where they are written (literals,
    /// constants, locals assigned once, concatenation, interpolation, fallbacks) to where they go (credential
    /// parameters and members, secret environment and configuration entries, comparisons). A written string whose
    /// own shape gives it away (a connection string or URI with a password, JSON with a secret, a known secret
    /// format) is reported wherever it stands. Messages never contain the value.
    /// <para>
    /// Each file is analysed on its own (<see cref="FileAnalysis"/>): every rule that reaches a written value proposes
    /// a finding, and when the file is done one finding per value is reported, the rule chosen by a fixed priority
    /// (<see cref="SecretDescriptors.RulePriority"/>), so the result never depends on the order analysis ran in. A
    /// finding is located inside the type analysed, in the file analysed: on the literal, or, when the value was
    /// written in another type or file, where that type's constant is used.
    /// </para>
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed partial class HardCodedSecretAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The property a finding carries for the code fixes: the environment variable the value should come from.</summary>
        public const string VariableProperty = "Variable";

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            SecretDescriptors.CredentialInSlot,
            SecretDescriptors.SecretEnvironmentEntry,
            SecretDescriptors.InlineCredential,
            SecretDescriptors.KnownSecretFormat);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var facts = new CompilationFacts(new KnownTypes(start.Compilation), start.Options.AnalyzerConfigOptionsProvider);
                start.RegisterSemanticModelAction(model => new FileAnalysis(facts, model.SemanticModel, model.CancellationToken).Run(model.ReportDiagnostic));
            });
        }

        /// <summary>What every type of a compilation shares: the well-known types, and each file's vocabulary (its options).</summary>
        private sealed class CompilationFacts
        {
            private readonly AnalyzerConfigOptionsProvider _options;
            private readonly ConcurrentDictionary<SyntaxTree, Vocabulary> _vocabularies = new();

            public CompilationFacts(KnownTypes types, AnalyzerConfigOptionsProvider options)
            {
                Types = types;
                _options = options;
            }

            public KnownTypes Types { get; }

            /// <summary>The vocabulary with the options of the file's .editorconfig / .globalconfig sections.</summary>
            public Vocabulary VocabularyFor(SyntaxTree tree) => _vocabularies.GetOrAdd(tree, t =>
            {
                AnalyzerConfigOptions options = _options.GetOptions(t);
                options.TryGetValue(Vocabulary.CredentialWordsOption, out string? words);
                options.TryGetValue(Vocabulary.PlaceholderPatternOption, out string? pattern);
                if (words is null) _options.GlobalOptions.TryGetValue(Vocabulary.CredentialWordsOption, out words);
                if (pattern is null) _options.GlobalOptions.TryGetValue(Vocabulary.PlaceholderPatternOption, out pattern);
                return Vocabulary.WithOptions(words, pattern);
            });
        }

        /// <summary>A proposed finding: the rule, where, the message arguments, and the variable a fix should read.</summary>
        private readonly struct Candidate
        {
            public Candidate(DiagnosticDescriptor descriptor, Location location, object[] arguments, string? variable)
            {
                Descriptor = descriptor;
                Location = location;
                Arguments = arguments;
                Variable = variable;
            }

            public DiagnosticDescriptor Descriptor { get; }

            public Location Location { get; }

            public object[] Arguments { get; }

            public string? Variable { get; }

            public string Message => string.Format(System.Globalization.CultureInfo.InvariantCulture, Descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), Arguments);
        }

        /// <summary>The analysis of one type in one file: the rules propose findings into the file's list (<see cref="FileAnalysis"/> reports one per value).</summary>
        private sealed partial class Analysis
        {
            private readonly CompilationFacts _facts;
            private readonly INamedTypeSymbol _type;
            private readonly ImmutableArray<SyntaxReference> _declarations;
            private readonly Vocabulary _vocabulary;
            private readonly List<Candidate> _candidates;

            public Analysis(CompilationFacts facts, INamedTypeSymbol type, Vocabulary vocabulary, List<Candidate> candidates)
            {
                _facts = facts;
                _type = type;
                _declarations = type.DeclaringSyntaxReferences;
                _vocabulary = vocabulary;
                _candidates = candidates;
            }

            private KnownTypes Types => _facts.Types;

            /// <summary>
            /// Proposes a finding at the written value when it lies in this type and in the file being analysed; else at
            /// <paramref name="fallback"/> (where the value is used here), or not at all.
            /// </summary>
            private void Report(OperationContext context, DiagnosticDescriptor descriptor, Location location, Location? fallback, string? variable, params object[] arguments)
            {
                Location? at = InScope(context, location) ? location : fallback != null && InScope(context, fallback) ? fallback : null;
                if (at is null) return;
                if (descriptor == SecretDescriptors.CredentialInSlot && arguments.Length > 0 && arguments[0] is "A password"
                    && at.SourceTree?.GetRoot(context.CancellationToken).FindNode(at.SourceSpan, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal
                    && (IsRuleProbe(literal) || IsDocumentedDefault(literal))) return;
                _candidates.Add(new Candidate(descriptor, at, arguments, variable));
            }

            // A password-rule probe (abcDEF789`~!X) written where a password validator or strength check is exercised: the
            // method around it (its name, attributes or body; else the type) speaks of validation, strength, complexity,
            // requirements or policy. Read only for a candidate, so the text is taken rarely.
            private static bool IsRuleProbe(LiteralExpressionSyntax literal)
            {
                if (!ValueFilters.IsRuleProbe(literal.Token.ValueText)) return false;
                SyntaxNode? around = (SyntaxNode?)literal.FirstAncestorOrSelf<BaseMethodDeclarationSyntax>() ?? literal.FirstAncestorOrSelf<TypeDeclarationSyntax>();
                if (around is null) return false;
                string text = around.ToString();
                foreach (string word in Vocabulary.ValidatorWords)
                {
                    if (text.IndexOf(word, System.StringComparison.OrdinalIgnoreCase) >= 0) return true;
                }

                return false;
            }

            // const string DefaultUsername = "admin"; const string DefaultPassword = "admin";: a container image's or tool's
            // published default account (Vocabulary.DefaultUserPasswords: Grafana's and Keycloak's admin/admin, Artemis'
            // artemis/artemis), declared as a pair of Default constants of one type whose password is the user name. A
            // builder's own pair of any other word (root/root, mysql/mysql) is a chosen weak password and stays reported,
            // as does a Default password beside another user name.
            private static bool IsDocumentedDefault(LiteralExpressionSyntax literal)
            {
                if (literal.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
                    || declarator.Parent?.Parent is not FieldDeclarationSyntax field || !field.Modifiers.Any(m => m.ValueText == "const")
                    || declarator.Identifier.ValueText.IndexOf("Default", System.StringComparison.Ordinal) < 0
                    || field.Parent is not TypeDeclarationSyntax type) return false;
                string password = literal.Token.ValueText;
                if (!Vocabulary.DefaultUserPasswords.Contains(password)) return false;
                foreach (MemberDeclarationSyntax member in type.Members)
                {
                    if (member is not FieldDeclarationSyntax other || other == field) continue;
                    foreach (VariableDeclaratorSyntax variable in other.Declaration.Variables)
                    {
                        string name = variable.Identifier.ValueText;
                        if (name.IndexOf("Default", System.StringComparison.Ordinal) >= 0 && IsUserName(name)
                            && variable.Initializer?.Value is LiteralExpressionSyntax user && ValueFilters.IsDefaultPair(user.Token.ValueText, password)) return true;
                    }
                }

                return false;
            }

            private bool InScope(OperationContext context, Location location)
            {
                if (!location.IsInSource || location.SourceTree is null || location.SourceTree != context.Operation.Syntax.SyntaxTree) return false;
                foreach (SyntaxReference declaration in _declarations)
                {
                    if (declaration.SyntaxTree == location.SourceTree && declaration.Span.Contains(location.SourceSpan)) return true;
                }

                return false;
            }

            // Whether a written value has been given to a field or local named like a credential, which reports it by
            // that name where it is declared (in this type: here; in another: in that type's analysis).
            private bool ReportedByName(OperationContext context, WrittenValue written)
            {
                if (written.Carrier is null || !CredentialNames.IsCredential(_vocabulary, written.Carrier)) return false;
                if (ValueFilters.IsNotASecretForName(_vocabulary, written.Text, written.Carrier)) return false;
                string flow = written.CarrierIsField ? "stored in field '" + written.Carrier + "'" : "assigned to '" + written.Carrier + "'";
                Report(context, SecretDescriptors.CredentialInSlot, written.Location, null, Variables.FromName(written.Carrier), KindFromName(written.Carrier), flow);
                return true;
            }

            private static string Via(WrittenValue written) => written.Carrier is null ? string.Empty : " (through '" + written.Carrier + "')";
        }
    }
}
