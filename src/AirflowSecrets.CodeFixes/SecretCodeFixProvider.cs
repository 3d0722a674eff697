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
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace AirflowSecrets.CodeFixes
{
    /// <summary>
    /// Fixes for hard-coded credentials: read a client secret from <c>AZURE_CLIENT_SECRET</c> or switch to
    /// <c>DefaultAzureCredential</c>; read a secret environment or configuration entry from the environment instead of
    /// writing it; drop an <c>Environment.SetEnvironmentVariable</c> that writes one, so the deployment provides it.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SecretCodeFixProvider)), Shared]
    public sealed class SecretCodeFixProvider : CodeFixProvider
    {
        public const string ReadClientSecretKey = "AirflowSecrets.ReadClientSecretFromEnvironment";
        public const string UseDefaultCredentialKey = "AirflowSecrets.UseDefaultAzureCredential";
        public const string ReadEntryKey = "AirflowSecrets.ReadEntryFromEnvironment";
        public const string RemoveSetKey = "AirflowSecrets.RemoveSetEnvironmentVariable";

        private const string ClientSecretVariable = "AZURE_CLIENT_SECRET";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("AFS101", "AFS102", "AFS103", "AFS104");

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null) return;

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value) continue;
                value = Outermost(value);

                if (ClientSecretArgument(value, model, context.CancellationToken) is BaseObjectCreationExpressionSyntax creation)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create("Read the client secret from AZURE_CLIENT_SECRET", cancellation => Replace(context.Document, root, value, ReadVariable(ClientSecretVariable), cancellation), ReadClientSecretKey),
                        diagnostic);
                    context.RegisterCodeFix(
                        CodeAction.Create("Use DefaultAzureCredential (it reads the AZURE_* variables itself)", cancellation => Replace(context.Document, root, creation, DefaultCredential(), cancellation), UseDefaultCredentialKey),
                        diagnostic);
                    continue;
                }

                (string? name, bool isEnvironment, ExpressionStatementSyntax? setStatement) = EntryOf(value, model, context.CancellationToken);
                if (name is null) continue;
                string variable = isEnvironment ? name : name.Replace(":", "__");
                if (setStatement != null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create("Remove: let the deployment set " + name, _ => Remove(context.Document, root, setStatement), RemoveSetKey),
                        diagnostic);
                }
                else
                {
                    context.RegisterCodeFix(
                        CodeAction.Create("Read '" + name + "' from environment variable " + variable, cancellation => Replace(context.Document, root, value, ReadVariable(variable), cancellation), ReadEntryKey),
                        diagnostic);
                }
            }
        }

        private static ExpressionSyntax Outermost(ExpressionSyntax value)
        {
            while (value.Parent is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression)) value = binary;
            while (value.Parent is ParenthesizedExpressionSyntax parenthesized) value = parenthesized;
            return value;
        }

        // new ClientSecretCredential(tenant, client, "…"): the creation, when the value is its clientSecret argument.
        private static BaseObjectCreationExpressionSyntax? ClientSecretArgument(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken)
        {
            if (value.Parent is not ArgumentSyntax argument || argument.Parent?.Parent is not BaseObjectCreationExpressionSyntax creation) return null;
            if (model.GetSymbolInfo(creation, cancellationToken).Symbol is not IMethodSymbol constructor) return null;
            if (constructor.ContainingType.ToDisplayString() != "Azure.Identity.ClientSecretCredential") return null;
            IParameterSymbol? parameter = argument.NameColon is { } named
                ? constructor.Parameters.FirstOrDefault(p => p.Name == named.Name.Identifier.ValueText)
                : constructor.Parameters.ElementAtOrDefault(((ArgumentListSyntax)argument.Parent).Arguments.IndexOf(argument));
            return parameter?.Name == "clientSecret" ? creation : null;
        }

        // The entry a written value is given to: ["NAME"] = …, { "NAME", … }, x.Add("NAME", …), SetEnvironmentVariable("NAME", …).
        private static (string? Name, bool IsEnvironment, ExpressionStatementSyntax? SetStatement) EntryOf(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken)
        {
            if (value.Parent is AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax access } assignment && assignment.Right == value)
            {
                string? key = Constant(access.ArgumentList.Arguments.FirstOrDefault()?.Expression, model, cancellationToken);
                bool environment = model.GetSymbolInfo(access.Expression, cancellationToken).Symbol is IPropertySymbol { Name: "Environment" or "EnvironmentVariables" } property
                    && property.ContainingType.ToDisplayString() == "System.Diagnostics.ProcessStartInfo";
                return (key, environment || LooksLikeVariable(key), null);
            }

            if (value.Parent is AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax implicitAccess } initializer && initializer.Right == value)
            {
                string? key = Constant(implicitAccess.ArgumentList.Arguments.FirstOrDefault()?.Expression, model, cancellationToken);
                return (key, LooksLikeVariable(key), null);
            }

            if (value.Parent is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ComplexElementInitializerExpression } pair && pair.Expressions.Count == 2 && pair.Expressions[1] == value)
            {
                string? key = Constant(pair.Expressions[0], model, cancellationToken);
                return (key, LooksLikeVariable(key), null);
            }

            if (value.Parent is ArgumentSyntax argument && argument.Parent is ArgumentListSyntax list && list.Arguments.Count >= 2 && list.Arguments[1] == argument
                && list.Parent is InvocationExpressionSyntax invocation && model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method)
            {
                string? key = Constant(list.Arguments[0].Expression, model, cancellationToken);
                if (method.Name == "SetEnvironmentVariable" && method.ContainingType.ToDisplayString() == "System.Environment")
                {
                    return (key, true, invocation.Parent as ExpressionStatementSyntax);
                }

                if (method.Name == "Add") return (key, LooksLikeVariable(key), null);
            }

            return (null, false, null);
        }

        private static bool LooksLikeVariable(string? key) => key != null && key.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '_');

        private static string? Constant(ExpressionSyntax? expression, SemanticModel model, CancellationToken cancellationToken) =>
            expression is null ? null : model.GetConstantValue(expression, cancellationToken).Value as string;

        // Environment.GetEnvironmentVariable("NAME") ?? throw …: a missing variable is an error that names it, not a silent null.
        private static ExpressionSyntax ReadVariable(string variable) => Simplifiable(
            "global::System.Environment.GetEnvironmentVariable(\"" + variable + "\") ?? throw new global::System.InvalidOperationException(\"The environment variable " + variable + " is not set.\")");

        private static ExpressionSyntax DefaultCredential() => Simplifiable("new global::Azure.Identity.DefaultAzureCredential()");

        // Fully qualified names, each marked for the simplifier, which shortens them as the file's usings allow.
        private static ExpressionSyntax Simplifiable(string code)
        {
            ExpressionSyntax expression = SyntaxFactory.ParseExpression(code);
            expression = expression.ReplaceNodes(
                expression.DescendantNodes().Where(n => n is QualifiedNameSyntax or AliasQualifiedNameSyntax or MemberAccessExpressionSyntax),
                (_, rewritten) => rewritten.WithAdditionalAnnotations(Simplifier.Annotation));
            return expression.WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
        }

        private static async Task<Document> Replace(Document document, SyntaxNode root, SyntaxNode node, ExpressionSyntax replacement, CancellationToken cancellationToken)
        {
            Document changed = document.WithSyntaxRoot(root.ReplaceNode(node, replacement.WithTriviaFrom(node)));
            changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        private static Task<Document> Remove(Document document, SyntaxNode root, SyntaxNode statement) =>
            Task.FromResult(document.WithSyntaxRoot(root.RemoveNode(statement, SyntaxRemoveOptions.KeepDirectives)!));
    }
}
