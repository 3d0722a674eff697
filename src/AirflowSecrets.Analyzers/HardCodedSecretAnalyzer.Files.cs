using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace AirflowSecrets.Analyzers
{
    public sealed partial class HardCodedSecretAnalyzer
    {
        /// <summary>An operation a rule looks at, with the member whose code holds it (as the compiler's operation actions give them).</summary>
        private readonly struct OperationContext
        {
            public OperationContext(IOperation operation, ISymbol containingSymbol, CancellationToken cancellationToken)
            {
                Operation = operation;
                ContainingSymbol = containingSymbol;
                CancellationToken = cancellationToken;
            }

            public IOperation Operation { get; }

            public ISymbol ContainingSymbol { get; }

            public CancellationToken CancellationToken { get; }
        }

        /// <summary>
        /// The analysis of one file (a semantic-model action): every member's code, attribute and initializer declared in
        /// it is walked once, each operation handed to the rules of its kind, and then one finding is reported per
        /// written value, the rule chosen by <see cref="SecretDescriptors.RulePriority"/>.
        /// <para>
        /// A file rather than a type (symbol start/end) is the unit because a finding always lies in the file whose
        /// code proposed it, and because the compiler follows every member of every type, generated members included,
        /// for an analyzer with symbol-start actions: that cost a consumer's build several seconds for code never
        /// analysed. Generated files are skipped by the compiler (<c>GeneratedCodeAnalysisFlags.None</c>).
        /// </para>
        /// </summary>
        private sealed class FileAnalysis
        {
            private readonly CompilationFacts _facts;
            private readonly SemanticModel _model;
            private readonly CancellationToken _cancellationToken;
            private readonly Vocabulary _vocabulary;
            private readonly List<Candidate> _candidates = new();
            private readonly Dictionary<INamedTypeSymbol, Analysis> _types = new(SymbolEqualityComparer.Default);

            public FileAnalysis(CompilationFacts facts, SemanticModel model, CancellationToken cancellationToken)
            {
                _facts = facts;
                _model = model;
                _cancellationToken = cancellationToken;
                _vocabulary = facts.VocabularyFor(model.SyntaxTree);
            }

            public void Run(Action<Diagnostic> report)
            {
                SyntaxNode root = _model.SyntaxTree.GetRoot(_cancellationToken);
                if (root is CompilationUnitSyntax unit)
                {
                    Attributes(unit.AttributeLists, null);
                    if (HasTopLevelStatements(unit) && _model.GetDeclaredSymbol(unit, _cancellationToken) is IMethodSymbol main) Block(unit, main);
                    Members(unit.Members);
                }

                ReportFindings(report);
            }

            private static bool HasTopLevelStatements(CompilationUnitSyntax unit)
            {
                foreach (MemberDeclarationSyntax member in unit.Members)
                {
                    if (member is GlobalStatementSyntax) return true;
                }

                return false;
            }

            private void Members(SyntaxList<MemberDeclarationSyntax> members)
            {
                foreach (MemberDeclarationSyntax member in members)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    switch (member)
                    {
                        case BaseNamespaceDeclarationSyntax space:
                            Members(space.Members);
                            break;
                        case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                            Type(member);
                            break;
                    }
                }
            }

            private void Type(MemberDeclarationSyntax declaration)
            {
                if (_model.GetDeclaredSymbol(declaration, _cancellationToken) is not INamedTypeSymbol type) return;
                Attributes(declaration.AttributeLists, type);
                switch (declaration)
                {
                    case TypeDeclarationSyntax typeDeclaration:
                        if (typeDeclaration.ParameterList is { } primary)
                        {
                            IMethodSymbol? constructor = PrimaryConstructor(type, typeDeclaration);
                            if (constructor != null)
                            {
                                Parameters(primary, constructor);
                                foreach (BaseTypeSyntax baseType in typeDeclaration.BaseList?.Types ?? default)
                                {
                                    if (baseType is PrimaryConstructorBaseTypeSyntax initializer) Block(initializer, constructor);
                                }
                            }
                        }

                        foreach (MemberDeclarationSyntax member in typeDeclaration.Members) Member(member, type);
                        break;
                    case EnumDeclarationSyntax enumDeclaration:
                        foreach (EnumMemberDeclarationSyntax member in enumDeclaration.Members)
                        {
                            ISymbol? field = _model.GetDeclaredSymbol(member, _cancellationToken);
                            if (field is null) continue;
                            Attributes(member.AttributeLists, field);
                            if (member.EqualsValue != null) Block(member.EqualsValue, field);
                        }

                        break;
                    case DelegateDeclarationSyntax @delegate:
                        if (type.DelegateInvokeMethod is { } invoke) Parameters(@delegate.ParameterList, invoke);
                        break;
                }
            }

            private static IMethodSymbol? PrimaryConstructor(INamedTypeSymbol type, TypeDeclarationSyntax declaration)
            {
                foreach (IMethodSymbol constructor in type.InstanceConstructors)
                {
                    foreach (SyntaxReference reference in constructor.DeclaringSyntaxReferences)
                    {
                        if (reference.SyntaxTree == declaration.SyntaxTree && reference.Span == declaration.Span) return constructor;
                    }
                }

                return null;
            }

            private void Member(MemberDeclarationSyntax member, INamedTypeSymbol type)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                switch (member)
                {
                    case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                        Type(member);
                        break;
                    case BaseMethodDeclarationSyntax method:
                        if (_model.GetDeclaredSymbol(method, _cancellationToken) is not IMethodSymbol symbol) return;
                        Attributes(method.AttributeLists, symbol);
                        Parameters(method.ParameterList, symbol);
                        if (method.Body != null || method.ExpressionBody != null || method is ConstructorDeclarationSyntax { Initializer: not null }) Block(method, symbol);
                        break;
                    case BasePropertyDeclarationSyntax property:
                        if (_model.GetDeclaredSymbol(property, _cancellationToken) is not ISymbol owner) return;
                        Attributes(property.AttributeLists, owner);
                        if (property is IndexerDeclarationSyntax indexer && owner is IPropertySymbol { GetMethod: var getter, SetMethod: var setter })
                        {
                            if ((getter ?? setter) is IMethodSymbol accessor) Parameters(indexer.ParameterList, accessor);
                        }

                        foreach (AccessorDeclarationSyntax accessor in property.AccessorList?.Accessors ?? default)
                        {
                            if (_model.GetDeclaredSymbol(accessor, _cancellationToken) is not IMethodSymbol method) continue;
                            Attributes(accessor.AttributeLists, method);
                            if (accessor.Body != null || accessor.ExpressionBody != null) Block(accessor, method);
                        }

                        ArrowExpressionClauseSyntax? arrow = property switch
                        {
                            PropertyDeclarationSyntax p => p.ExpressionBody,
                            IndexerDeclarationSyntax i => i.ExpressionBody,
                            _ => null,
                        };
                        if (arrow != null && owner is IPropertySymbol { GetMethod: IMethodSymbol get }) Block(arrow, get);
                        if (property is PropertyDeclarationSyntax { Initializer: { } initializer }) Block(initializer, owner);
                        break;
                    case BaseFieldDeclarationSyntax field:
                        foreach (VariableDeclaratorSyntax variable in field.Declaration.Variables)
                        {
                            if (_model.GetDeclaredSymbol(variable, _cancellationToken) is not ISymbol declared) continue;
                            if (variable == field.Declaration.Variables[0]) Attributes(field.AttributeLists, declared);
                            if (variable.Initializer != null) Block(variable.Initializer, declared);
                        }

                        break;
                }
            }

            private void Parameters(BaseParameterListSyntax? parameters, IMethodSymbol owner)
            {
                if (parameters is null) return;
                foreach (ParameterSyntax parameter in parameters.Parameters)
                {
                    Attributes(parameter.AttributeLists, owner);
                    if (parameter.Default != null) Block(parameter.Default, owner);
                }
            }

            private void Attributes(SyntaxList<AttributeListSyntax> lists, ISymbol? owner)
            {
                if (owner is null) return;
                foreach (AttributeListSyntax list in lists)
                {
                    foreach (AttributeSyntax attribute in list.Attributes) Block(attribute, owner);
                }
            }

            /// <summary>Hands every operation of one block (a body, initializer, default value or attribute) to the rules of its kind.</summary>
            private void Block(SyntaxNode node, ISymbol owner)
            {
                INamedTypeSymbol? type = owner as INamedTypeSymbol ?? owner.ContainingType;
                if (type is null || _model.GetOperation(node, _cancellationToken) is not IOperation block) return;
                if (!_types.TryGetValue(type, out Analysis? analysis))
                {
                    analysis = new Analysis(_facts, type, _vocabulary, _candidates);
                    _types.Add(type, analysis);
                }

                foreach (IOperation operation in block.DescendantsAndSelf())
                {
                    analysis.Dispatch(new OperationContext(operation, owner, _cancellationToken));
                }
            }

            /// <summary>One finding per written value: the candidate of the highest-priority rule (then the first message in ordinal order).</summary>
            private void ReportFindings(Action<Diagnostic> report)
            {
                var best = new Dictionary<TextSpan, Candidate>();
                foreach (Candidate candidate in _candidates)
                {
                    TextSpan key = candidate.Location.SourceSpan;
                    if (!best.TryGetValue(key, out Candidate current) || Before(candidate, current)) best[key] = candidate;
                }

                var findings = new List<Candidate>(best.Values);
                findings.Sort((a, b) => a.Location.SourceSpan.CompareTo(b.Location.SourceSpan));
                foreach (Candidate finding in findings)
                {
                    var properties = finding.Variable is null
                        ? System.Collections.Immutable.ImmutableDictionary<string, string?>.Empty
                        : System.Collections.Immutable.ImmutableDictionary<string, string?>.Empty.Add(VariableProperty, finding.Variable);
                    report(Diagnostic.Create(finding.Descriptor, finding.Location, properties, finding.Arguments));
                }
            }

            private static bool Before(Candidate a, Candidate b)
            {
                int priority = SecretDescriptors.RulePriority(a.Descriptor).CompareTo(SecretDescriptors.RulePriority(b.Descriptor));
                return priority != 0 ? priority < 0 : string.CompareOrdinal(a.Message, b.Message) < 0;
            }
        }

        private sealed partial class Analysis
        {
            /// <summary>The rules registered for each kind of operation.</summary>
            public void Dispatch(OperationContext context)
            {
                switch (context.Operation.Kind)
                {
                    case OperationKind.Literal:
                    case OperationKind.Utf8String:
                        WrittenString(context);
                        break;
                    case OperationKind.Invocation:
                    case OperationKind.ObjectCreation:
                        Call(context);
                        break;
                    case OperationKind.SimpleAssignment:
                        Assignment(context);
                        break;
                    case OperationKind.FieldInitializer:
                    case OperationKind.PropertyInitializer:
                    case OperationKind.ParameterInitializer:
                    case OperationKind.VariableDeclarator:
                        Initializer(context);
                        break;
                    case OperationKind.Binary:
                        Binary(context);
                        break;
                    case OperationKind.Return:
                    case OperationKind.YieldReturn:
                        Return(context);
                        break;
                    case OperationKind.CoalesceAssignment:
                    case OperationKind.DeconstructionAssignment:
                        CompoundAssignment(context);
                        break;
                    case OperationKind.Coalesce:
                        Fallback(context);
                        break;
                    case OperationKind.Invalid:
                    case OperationKind.DynamicInvocation:
                    case OperationKind.DynamicObjectCreation:
                        Unbound(context);
                        break;
                    case OperationKind.ConstantPattern:
                    case OperationKind.CaseClause:
                        Pattern(context);
                        break;
                    case OperationKind.Tuple:
                        Tuple(context);
                        break;
                    case OperationKind.Loop:
                        Loop(context);
                        break;
                    case OperationKind.ArrayInitializer:
                    case OperationKind.ObjectOrCollectionInitializer:
                        ArgumentSequence(context);
                        break;
                }
            }
        }
    }
}
