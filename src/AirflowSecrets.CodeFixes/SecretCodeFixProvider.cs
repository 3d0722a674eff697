using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace AirflowSecrets.CodeFixes
{
    /// <summary>
    /// Fixes for AFS101-AFS104. One fix per finding moves the secret out of the code, with the same equivalence key for
    /// every rule, so Fix All (and <c>dotnet format analyzers --diagnostics AFS101 AFS102 AFS103 AFS104</c>) applies
    /// each finding's fix in one pass: the written value is replaced by a read of the environment variable the
    /// analyzer names for it (<c>AZURE_CLIENT_SECRET</c> for a client secret, the entry's or member's name otherwise),
    /// failing with an error that names the variable when it is missing; an <c>Environment.SetEnvironmentVariable</c>
    /// that writes a secret is removed, so the deployment provides it. A constant that held the value becomes
    /// <c>static readonly</c>. Where no read can stand (an attribute argument, a default parameter value, a
    /// <c>case</c> label, a UTF-8 literal), there is no fix. A client secret credential can also become
    /// <c>DefaultAzureCredential</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SecretCodeFixProvider)), Shared]
    public sealed class SecretCodeFixProvider : CodeFixProvider
    {
        /// <summary>The fix every finding gets where one can stand: read the value from the environment (or stop writing it there).</summary>
        public const string MoveOutKey = "AirflowSecrets.MoveSecretOutOfCode";

        public const string UseDefaultCredentialKey = "AirflowSecrets.UseDefaultAzureCredential";

        // The analyzer's property naming the variable (HardCodedSecretAnalyzer.VariableProperty).
        private const string VariableProperty = "Variable";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("AFS101", "AFS102", "AFS103", "AFS104");

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => FixAll.Instance;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null) return;

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                Plan? plan = await PlanAsync(context.Document, root, model, diagnostic, context.CancellationToken).ConfigureAwait(false);
                if (plan != null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(plan.Title, cancellation => ApplyAsync(context.Document, ImmutableArray.Create(diagnostic), cancellation), MoveOutKey),
                        diagnostic);
                }

                if (ClientSecretCreation(root, model, diagnostic, context.CancellationToken) != null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create("Use DefaultAzureCredential (it reads the AZURE_* variables itself)", cancellation => UseDefaultCredentialAsync(context.Document, ImmutableArray.Create(diagnostic), cancellation), UseDefaultCredentialKey),
                        diagnostic);
                }
            }
        }

        /// <summary>What fixing one finding does: remove a statement, or replace an expression (and make a constant a readonly field).</summary>
        private sealed class Plan
        {
            public Plan(string title, SyntaxNode target, string? variable, SyntaxNode? constant)
            {
                Title = title;
                Target = target;
                Variable = variable;
                Constant = constant;
            }

            public string Title { get; }

            /// <summary>The statement to remove (no variable), or the expression to replace by the read of <see cref="Variable"/>.</summary>
            public SyntaxNode Target { get; }

            public string? Variable { get; }

            /// <summary>The const field or local declaration that must stop being const, or null.</summary>
            public SyntaxNode? Constant { get; }
        }

        private static async Task<Plan?> PlanAsync(Document document, SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value) return null;
            value = Outermost(value);
            diagnostic.Properties.TryGetValue(VariableProperty, out string? variable);

            // Environment.SetEnvironmentVariable("AZURE_CLIENT_SECRET", "…"): stop setting it; the deployment does.
            if (SetEnvironmentVariableStatement(value, model, cancellationToken) is (ExpressionStatementSyntax statement, string name))
            {
                return new Plan("Remove: let the deployment set " + name, statement, null, null);
            }

            if (variable is null || variable.Length == 0 || !CanBeComputed(value, model, cancellationToken)) return null;

            // const string Secret = "…": the field or local stops being const (when nothing needs it constant).
            SyntaxNode? constant = ConstDeclaration(value);
            if (constant != null && !await ConstantCanBecomeReadOnlyAsync(document, model, constant, cancellationToken).ConfigureAwait(false)) return null;
            return new Plan("Read it from environment variable " + variable, value, variable, constant);
        }

        private static ExpressionSyntax Outermost(ExpressionSyntax value)
        {
            while (value.Parent is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression)) value = binary;
            while (value.Parent is ParenthesizedExpressionSyntax parenthesized) value = parenthesized;
            return value;
        }

        // Where a run-time value may replace the written one: a string expression outside attributes, default values,
        // case labels and patterns (which must be constant).
        private static bool CanBeComputed(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken)
        {
            if (model.GetTypeInfo(value, cancellationToken).Type?.SpecialType != SpecialType.System_String) return false;
            if (value.IsKind(SyntaxKind.Utf8StringLiteralExpression)) return false;
            foreach (SyntaxNode ancestor in value.Ancestors())
            {
                switch (ancestor)
                {
                    case AttributeArgumentSyntax:
                    case ParameterSyntax:
                    case CaseSwitchLabelSyntax:
                    case PatternSyntax:
                        return false;
                    case StatementSyntax:
                    case MemberDeclarationSyntax:
                        return true;
                }
            }

            return true;
        }

        private static SyntaxNode? ConstDeclaration(ExpressionSyntax value)
        {
            if (value.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } }) return null;
            return declaration.Parent switch
            {
                FieldDeclarationSyntax field when field.Modifiers.Any(SyntaxKind.ConstKeyword) => field,
                LocalDeclarationStatementSyntax local when local.IsConst => local,
                _ => null,
            };
        }

        // A const used where a constant is required (another constant, an attribute, a case label, a default value)
        // cannot become readonly.
        private static async Task<bool> ConstantCanBecomeReadOnlyAsync(Document document, SemanticModel model, SyntaxNode declaration, CancellationToken cancellationToken)
        {
            VariableDeclaratorSyntax declarator = declaration.DescendantNodes().OfType<VariableDeclaratorSyntax>().First();
            if (model.GetDeclaredSymbol(declarator, cancellationToken) is not ISymbol symbol) return false;
            IEnumerable<ReferencedSymbol> references = await SymbolFinder.FindReferencesAsync(symbol, document.Project.Solution, cancellationToken).ConfigureAwait(false);
            foreach (ReferenceLocation location in references.SelectMany(r => r.Locations))
            {
                SyntaxNode? root = await location.Location.SourceTree!.GetRootAsync(cancellationToken).ConfigureAwait(false);
                SyntaxNode node = root.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
                foreach (SyntaxNode ancestor in node.Ancestors())
                {
                    if (ancestor is AttributeArgumentSyntax or ParameterSyntax or CaseSwitchLabelSyntax or PatternSyntax) return false;
                    if (ancestor is VariableDeclarationSyntax { Parent: FieldDeclarationSyntax field } && field.Modifiers.Any(SyntaxKind.ConstKeyword)) return false;
                    if (ancestor is LocalDeclarationStatementSyntax { IsConst: true }) return false;
                    if (ancestor is StatementSyntax or MemberDeclarationSyntax) break;
                }
            }

            return true;
        }

        // Environment.SetEnvironmentVariable(name, value) as a statement of its own, the value being the one reported.
        private static (ExpressionStatementSyntax Statement, string Name)? SetEnvironmentVariableStatement(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken)
        {
            if (value.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Parent: ExpressionStatementSyntax statement } invocation } }) return null;
            if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol { Name: "SetEnvironmentVariable" } method
                || !SymbolEqualityComparer.Default.Equals(method.ContainingType, model.Compilation.GetTypeByMetadataName("System.Environment"))) return null;
            IOperation? operation = model.GetOperation(invocation, cancellationToken);
            if (operation is not Microsoft.CodeAnalysis.Operations.IInvocationOperation call) return null;
            Microsoft.CodeAnalysis.Operations.IArgumentOperation? nameArgument = call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0);
            Microsoft.CodeAnalysis.Operations.IArgumentOperation? valueArgument = call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 1);
            if (valueArgument?.Syntax is not ArgumentSyntax argument || argument.Expression != value) return null;
            return nameArgument?.Value.ConstantValue.Value is string name ? (statement, name) : null;
        }

        // new ClientSecretCredential(tenant, client, "…"): the creation, when the value is its clientSecret argument.
        private static BaseObjectCreationExpressionSyntax? ClientSecretCreation(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax found) return null;
            ExpressionSyntax value = Outermost(found);
            if (value.Parent is not ArgumentSyntax argument || argument.Parent?.Parent is not BaseObjectCreationExpressionSyntax creation) return null;
            if (model.GetSymbolInfo(creation, cancellationToken).Symbol is not IMethodSymbol constructor) return null;
            if (!SymbolEqualityComparer.Default.Equals(constructor.ContainingType, model.Compilation.GetTypeByMetadataName("Azure.Identity.ClientSecretCredential"))) return null;
            IParameterSymbol? parameter = argument.NameColon is { } named
                ? constructor.Parameters.FirstOrDefault(p => p.Name == named.Name.Identifier.ValueText)
                : constructor.Parameters.ElementAtOrDefault(((ArgumentListSyntax)argument.Parent).Arguments.IndexOf(argument));
            return parameter?.Name == "clientSecret" ? creation : null;
        }

        /// <summary>Applies the move-out fix of every given finding of one document, in one edit.</summary>
        private static async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null) return document;
            DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var removed = new HashSet<SyntaxNode>();
            var unconsted = new HashSet<SyntaxNode>();
            var replaced = new HashSet<SyntaxNode>();
            foreach (Diagnostic diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
            {
                Plan? plan = await PlanAsync(document, root, model, diagnostic, cancellationToken).ConfigureAwait(false);
                if (plan is null) continue;
                if (plan.Variable is null)
                {
                    if (removed.Add(plan.Target)) editor.RemoveNode(plan.Target, SyntaxRemoveOptions.KeepDirectives);
                    continue;
                }

                if (removed.Any(r => r.Span.Contains(plan.Target.Span)) || !replaced.Add(plan.Target)) continue;
                string read = plan.Variable;
                editor.ReplaceNode(plan.Target, (current, _) => ReadVariable(read, NeedsParentheses(plan.Target)).WithTriviaFrom(current));
                if (plan.Constant != null && unconsted.Add(plan.Constant)) editor.ReplaceNode(plan.Constant, (current, _) => WithoutConst(current));
            }

            Document changed = editor.GetChangedDocument();
            changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        private static async Task<Document> UseDefaultCredentialAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null) return document;
            var creations = diagnostics.Select(d => ClientSecretCreation(root, model, d, cancellationToken)).Where(c => c != null).Cast<SyntaxNode>().Distinct().ToList();
            if (creations.Count == 0) return document;
            Document changed = document.WithSyntaxRoot(root.ReplaceNodes(creations, (original, _) => Simplifiable("new global::Azure.Identity.DefaultAzureCredential()").WithTriviaFrom(original)));
            changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        // "…".ToCharArray(), "…"[0]: the read goes in parentheses there.
        private static bool NeedsParentheses(SyntaxNode target) =>
            target.Parent is MemberAccessExpressionSyntax { Expression: var receiver } && receiver == target
            || target.Parent is ElementAccessExpressionSyntax or BinaryExpressionSyntax or ConditionalAccessExpressionSyntax;

        // const string X = …; → static readonly string X = …; (a field) or string X = …; (a local).
        private static SyntaxNode WithoutConst(SyntaxNode declaration)
        {
            switch (declaration)
            {
                case FieldDeclarationSyntax field:
                    SyntaxToken constKeyword = field.Modifiers.First(m => m.IsKind(SyntaxKind.ConstKeyword));
                    SyntaxTokenList modifiers = field.Modifiers.Replace(constKeyword, SyntaxFactory.Token(SyntaxKind.StaticKeyword).WithTriviaFrom(constKeyword));
                    modifiers = modifiers.Insert(modifiers.IndexOf(SyntaxKind.StaticKeyword) + 1, SyntaxFactory.Token(SyntaxKind.ReadOnlyKeyword).WithTrailingTrivia(SyntaxFactory.Space));
                    return field.WithModifiers(modifiers);
                case LocalDeclarationStatementSyntax local:
                    SyntaxToken localConst = local.Modifiers.First(m => m.IsKind(SyntaxKind.ConstKeyword));
                    return local.WithModifiers(local.Modifiers.Remove(localConst)).WithLeadingTrivia(local.GetLeadingTrivia());
                default:
                    return declaration;
            }
        }

        // Environment.GetEnvironmentVariable("NAME") ?? throw …: a missing variable is an error that names it, not a silent null.
        private static ExpressionSyntax ReadVariable(string variable, bool parenthesize)
        {
            string code = "global::System.Environment.GetEnvironmentVariable(\"" + variable + "\") ?? throw new global::System.InvalidOperationException(\"The environment variable " + variable + " is not set.\")";
            return Simplifiable(parenthesize ? "(" + code + ")" : code);
        }

        // Fully qualified names, each marked for the simplifier, which shortens them as the file's usings allow.
        private static ExpressionSyntax Simplifiable(string code)
        {
            ExpressionSyntax expression = SyntaxFactory.ParseExpression(code);
            expression = expression.ReplaceNodes(
                expression.DescendantNodes().Where(n => n is QualifiedNameSyntax or AliasQualifiedNameSyntax or MemberAccessExpressionSyntax),
                (_, rewritten) => rewritten.WithAdditionalAnnotations(Simplifier.Annotation));
            return expression.WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
        }

        /// <summary>Fix All: each document's findings fixed together, in one edit (so fixes in one declaration never conflict).</summary>
        private sealed class FixAll : DocumentBasedFixAllProvider
        {
            public static readonly FixAll Instance = new();

            protected override string GetFixAllTitle(FixAllContext fixAllContext) =>
                fixAllContext.CodeActionEquivalenceKey == UseDefaultCredentialKey ? "Use DefaultAzureCredential everywhere" : "Move every hard-coded secret out of the code";

            protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics) =>
                fixAllContext.CodeActionEquivalenceKey == UseDefaultCredentialKey
                    ? await UseDefaultCredentialAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false)
                    : await ApplyAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false);
        }
    }
}
