using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AirflowSecrets.Analyzers
{
    /// <content>
    /// Shapes of code beyond calls and members: calls the compiler cannot bind, comparisons written as patterns,
    /// command-line arguments given one by one, and named tuple elements.
    /// </content>
    public sealed partial class HardCodedSecretAnalyzer
    {
        private sealed partial class Analysis
        {
            /// <summary>
            /// A call or creation the compiler could not bind (a package the code uses is not referenced, or the code is
            /// being typed), or a dynamic one: named arguments are judged by their names, and the credential arguments of a
            /// few well-known types and methods by position.
            /// </summary>
            public void Unbound(OperationContext context)
            {
                IOperation operation = context.Operation;
                (string? callee, ArgumentListSyntax? list) = operation.Syntax switch
                {
                    ObjectCreationExpressionSyntax creation => (SimpleName(creation.Type), creation.ArgumentList),
                    ImplicitObjectCreationExpressionSyntax implicitCreation => (TargetTypeName(implicitCreation), implicitCreation.ArgumentList),
                    InvocationExpressionSyntax invocation => (SimpleName(invocation.Expression), invocation.ArgumentList),
                    _ => (null, null),
                };
                if (callee is null || list is null || operation.SemanticModel is not SemanticModel model) return;
                if (EntrySetters.Contains(callee) && list.Arguments.Count >= 2 && list.Arguments[0].NameColon is null)
                {
                    // memory.SetVariable("api_token", "…"), env.Add("DB_PASSWORD", "…") on a type the compiler cannot bind.
                    Entry(context, callee.IndexOf("Env", StringComparison.Ordinal) >= 0 ? "environment variable" : "configuration entry",
                        model.GetOperation(list.Arguments[0].Expression, context.CancellationToken), model.GetOperation(list.Arguments[1].Expression, context.CancellationToken), string.Empty);
                    return;
                }

                if ((callee == "GetValue" || callee == "GetValueOrDefault") && list.Arguments.Count == 2)
                {
                    // configuration.GetValue<string>("Smtp:Password", "…"), the configuration binder not referenced.
                    Entry(context, "configuration entry", model.GetOperation(list.Arguments[0].Expression, context.CancellationToken),
                        model.GetOperation(list.Arguments[1].Expression, context.CancellationToken), " as its fallback");
                    return;
                }

                // SetSecretAsync is SetSecret's: the sink table names a method once, for its Async form too.
                if (!Sinks.ByUnboundName.TryGetValue(callee, out ImmutableArray<Sink> sinks) && callee.EndsWith("Async", StringComparison.Ordinal))
                {
                    Sinks.ByUnboundName.TryGetValue(callee.Substring(0, callee.Length - 5), out sinks);
                }
                for (int i = 0; i < list.Arguments.Count; i++)
                {
                    ArgumentSyntax argument = list.Arguments[i];
                    IOperation? value = model.GetOperation(argument.Expression, context.CancellationToken);
                    if (value is null) continue;
                    string? named = argument.NameColon?.Name.Identifier.ValueText;
                    string flow = "passed to " + callee + "(" + (named ?? "argument " + (i + 1)) + ")";
                    Sink? sink = sinks.IsDefault ? null : sinks.FirstOrDefault(s => Fits(s, named, i, list.Arguments.Count, operation.Syntax));
                    if (sink?.SinkKind == SinkKind.Header)
                    {
                        if (i > 0) Header(context, model.GetOperation(list.Arguments[i - 1].Expression, context.CancellationToken), value);
                    }
                    else if (sink != null)
                    {
                        // secretClient.SetSecretAsync("name", "value", token) unbound: the same plain-name judgement as bound.
                        bool plain = sink.Member == "SetSecret" && i > 0 && model.GetOperation(list.Arguments[0].Expression, context.CancellationToken) is IOperation secretName
                            && IsPlainSecretName(secretName, context.CancellationToken);
                        Slot(context, value, sink.Kind, flow, Variables.ForSink(sink, sink.Parameter), atSink: true, randomOnly: plain);
                    }
                    else if (named != null)
                    {
                        SlotByName(context, named, value, flow);
                    }
                    else if (list.Arguments.Count == 1 && SetterSubject(callee) is string subject)
                    {
                        // builder.WithPassword("…") on a type the compiler cannot bind: the method names its argument.
                        SlotByName(context, subject, value, flow);
                    }
                }
            }

            // WithPassword, SetApiKey, UseClientSecret: what the one argument of a setter or builder method is.
            private static string? SetterSubject(string callee)
            {
                foreach (string verb in Sinks.SetterVerbs)
                {
                    if (callee.Length > verb.Length && callee.StartsWith(verb, StringComparison.Ordinal) && char.IsUpper(callee[verb.Length])) return callee.Substring(verb.Length);
                }

                return null;
            }

            // Whether an unbound argument is a sink's: by its name when it has one, else by its position (or being the
            // last of two or more); a method sink also wants its receiver to be named like the sink's type
            // (secretClient.SetSecret, not provider.SetSecretAsync of some other secret store).
            private static bool Fits(Sink sink, string? named, int index, int count, SyntaxNode call)
            {
                bool position = named != null ? named == sink.Parameter : sink.Position == index || (sink.Position == Sink.Last && index == count - 1 && index > 0);
                if (!position || sink.Member == ".ctor" || sink.Member == "*") return position;
                if (call is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member }) return true;
                if (sink.Member is "WithClientSecret" or "Authenticate" or "AddDefaultHeader" or "AddHeader") return true;
                string receiver = member.Expression.ToString().ToLowerInvariant();
                // connection.Bind(dn, password): an LDAP connection is seldom named after its type.
                if (sink.Member == "Bind" && (receiver.Contains("conn") || receiver.Contains("ldap"))) return true;
                return CredentialNames.Words(sink.SimpleTypeName).Any(word => word.Length > 3 && receiver.Contains(word));
            }

            // Methods that set an entry's value by its name: judged as entries when their calls do not bind.
            private static readonly ImmutableHashSet<string> EntrySetters = ImmutableHashSet.Create(StringComparer.Ordinal,
                "SetVariable", "SetEnvironmentVariable", "WithEnvironment", "AddEnvironmentVariable", "SetSetting", "UseSetting", "SetData", "Add", "TryAdd", "Set");

            // new(…) whose type the compiler cannot bind: the type it is declared or returned as, where written.
            private static string? TargetTypeName(ImplicitObjectCreationExpressionSyntax creation)
            {
                SyntaxNode? parent = creation.Parent;
                TypeSyntax? type = parent switch
                {
                    EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } } => declaration.Type,
                    EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Type,
                    ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax method } => method.ReturnType,
                    ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Type,
                    ReturnStatementSyntax returned => returned.FirstAncestorOrSelf<MethodDeclarationSyntax>()?.ReturnType,
                    _ => null,
                };
                return type is null || type.IsVar ? null : SimpleName(type);
            }

            private static string? SimpleName(ExpressionSyntax expression) => expression switch
            {
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => null,
            };

            // foreach (var (name, value) in new[] { ("AZURE_CLIENT_SECRET", "…"), … }) Environment.SetEnvironmentVariable(name, value):
            // a list of (name, value) pairs, the name written first: the value is that entry's (an environment variable
            // when the name is one, AZURE_CLIENT_SECRET, else a configuration entry). Returns whether it was such a row with a
            // secret's name (other rows keep being judged by their element names).
            private bool NameValueRow(OperationContext context, ITupleOperation tuple)
            {
                if (tuple.Elements.Length != 2 || tuple.Elements[0].ConstantValue.Value is not string name || name.Length == 0) return false;
                IOperation current = tuple;
                while (current.Parent is IConversionOperation) current = current.Parent;
                bool inList = current.Parent is IArrayInitializerOperation
                    || current.Parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Add", Parent: IObjectOrCollectionInitializerOperation } };
                if (!inList || !(SecretEntries.IsSecret(_vocabulary, name) || SecretEntries.IsBareTokenOrKey(_vocabulary, name))) return false;
                bool environment = name.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '_') && name.Any(char.IsLetter);
                EntryValue(context, environment ? "environment variable" : "configuration entry", name, tuple.Elements[1], " in a (name, value) list");
                return true;
            }

            /// <summary>
            /// <c>foreach (var c in "…") secure.AppendChar(c);</c>: a SecureString filled from a written string holds a
            /// password (it is what SecureString is for), however it is passed on afterwards.
            /// </summary>
            public void Loop(OperationContext context)
            {
                if (context.Operation is not IForEachLoopOperation loop || loop.Body is null) return;
                IOperation collection = loop.Collection;
                while (collection is IConversionOperation conversion) collection = conversion.Operand;
                if (collection.Type?.SpecialType != SpecialType.System_String) return;
                bool appends = loop.Body.DescendantsAndSelf().OfType<IInvocationOperation>().Any(call =>
                    call.TargetMethod.Name == "AppendChar" && call.TargetMethod.ContainingType?.Name == "SecureString"
                    && call.Arguments.Length == 1 && call.Arguments[0].Value is ILocalReferenceOperation local && loop.Locals.Contains(local.Local, SymbolEqualityComparer.Default));
                if (appends) Slot(context, collection, "A password", "appended to a SecureString", null);
            }

            /// <summary><c>password is "…"</c>, <c>case "…":</c>, <c>apiKey switch { "…" =&gt; … }</c>: comparisons written as patterns.</summary>
            public void Pattern(OperationContext context)
            {
                (IOperation? value, IOperation? owner) = context.Operation switch
                {
                    IConstantPatternOperation constant => (constant.Value, constant.Parent),
                    ISingleValueCaseClauseOperation clause => (clause.Value, clause.Parent?.Parent),
                    _ => (null, null),
                };
                if (value is null) return;
                while (owner is IPatternCaseClauseOperation or ISwitchCaseOperation or IBinaryPatternOperation or INegatedPatternOperation) owner = owner.Parent;
                IOperation? input = owner switch
                {
                    IIsPatternOperation isPattern => isPattern.Value,
                    ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression } => switchExpression.Value,
                    ISwitchOperation switchStatement => switchStatement.Value,
                    _ => null,
                };
                Compare(context, input, value);
            }

            /// <summary>Command-line arguments given as a list: <c>new[] { "--password", "…" }</c>: the value after a credential option.</summary>
            public void ArgumentSequence(OperationContext context)
            {
                switch (context.Operation)
                {
                    case IArrayInitializerOperation array:
                        OptionValues(context, array.ElementValues);
                        MemberDataRow(context, array);
                        break;
                    case IObjectOrCollectionInitializerOperation collection:
                        // new List<string> { "--password", "…" }: each element is an Add call with one argument.
                        OptionValues(context, collection.Initializers
                            .Select(i => i is IInvocationOperation { Arguments.Length: 1 } add ? add.Arguments[0].Value : i)
                            .ToImmutableArray());
                        break;
                }
            }

            // yield return new object[] { "uploader", "…" } in Accounts(), which [MemberData(nameof(Accounts))] (xUnit),
            // [TestCaseSource(nameof(Accounts))] (NUnit) or [DynamicData(nameof(Accounts))] (MSTest) feeds to a test
            // method of the same type: each element goes to that method's parameter at its position.
            private void MemberDataRow(OperationContext context, IArrayInitializerOperation array)
            {
                if (array.Parent is not IArrayCreationOperation { Type: IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Object } } row) return;
                IOperation current = row;
                while (current.Parent is IConversionOperation or IArrayInitializerOperation or IArrayCreationOperation) current = current.Parent;
                if (current.Parent is not IReturnOperation && current.Parent is not IFieldInitializerOperation && current.Parent is not IPropertyInitializerOperation) return;
                ISymbol? source = context.ContainingSymbol is IMethodSymbol { AssociatedSymbol: IPropertySymbol property } ? property : context.ContainingSymbol;
                if (current.Parent is IFieldInitializerOperation field && field.InitializedFields.Length > 0) source = field.InitializedFields[0];
                if (current.Parent is IPropertyInitializerOperation initialized && initialized.InitializedProperties.Length > 0) source = initialized.InitializedProperties[0];
                if (source is null) return;
                foreach (IMethodSymbol test in _type.GetMembers().OfType<IMethodSymbol>())
                {
                    if (!test.GetAttributes().Any(a => IsMemberDataFor(a, source.Name))) continue;
                    for (int i = 0; i < array.ElementValues.Length && i < test.Parameters.Length; i++)
                    {
                        IParameterSymbol parameter = test.Parameters[i];
                        NamedSlot(context, parameter.Name, parameter.Type, array.ElementValues[i], "given to test parameter '" + parameter.Name + "'");
                    }

                    return;
                }
            }

            // new TheoryData<string, string> { { "replica_ro", "…" } }, new List<object[]> { new object[] { "replica_ro", "…" } }
            // returned by (or stored in) the member a [MemberData] / [TestCaseSource] / [DynamicData] of a test in this type
            // names: the written value goes to the test's parameter at its position in the row. Read from syntax, so rows
            // of an unbound TheoryData (xUnit not referenced) count too; a row of a bare object[] MemberDataRow judges.
            private void SourcedRow(OperationContext context, IOperation root)
            {
                if (root.Syntax is not ExpressionSyntax element || element.Parent is not InitializerExpressionSyntax row) return;
                bool complex = row.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.ComplexElementInitializerExpression);
                if (!complex && row.Parent is not (ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax)) return;
                SyntaxNode? current = complex ? row : row.Parent;
                bool throughCollection = complex;
                while (current?.Parent is InitializerExpressionSyntax or ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax
                    or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax or ParenthesizedExpressionSyntax or CastExpressionSyntax)
                {
                    current = current.Parent;
                    throughCollection |= current is InitializerExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.CollectionInitializerExpression };
                }

                if (!throughCollection || current is null) return;
                string? source = current.Parent switch
                {
                    EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } declarator } => declarator.Identifier.ValueText,
                    EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
                    ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
                    ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax method } => method.Identifier.ValueText,
                    ArrowExpressionClauseSyntax { Parent: AccessorDeclarationSyntax { Parent.Parent: PropertyDeclarationSyntax property } } => property.Identifier.ValueText,
                    ReturnStatementSyntax or YieldStatementSyntax => context.ContainingSymbol is IMethodSymbol { AssociatedSymbol: IPropertySymbol owner } ? owner.Name : context.ContainingSymbol.Name,
                    _ => null,
                };
                if (source is null) return;
                int index = row.Expressions.IndexOf(element);
                foreach (IMethodSymbol test in _type.GetMembers().OfType<IMethodSymbol>())
                {
                    if (index < 0 || index >= test.Parameters.Length || !test.GetAttributes().Any(a => IsMemberDataFor(a, source))) continue;
                    IParameterSymbol parameter = test.Parameters[index];
                    NamedSlot(context, parameter.Name, parameter.Type, root, "given to test parameter '" + parameter.Name + "'");
                    return;
                }
            }

            // new Metadata { { "authorization", "Bearer …" } } (gRPC), a headers dictionary's { "Authorization", "Basic …" }:
            // a pair of a collection initializer whose name is an Authorization header, judged as that header's value.
            private void HeaderRow(OperationContext context, IOperation root)
            {
                if (root.Syntax is not ExpressionSyntax element || element.Parent is not InitializerExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.ComplexElementInitializerExpression } row
                    || row.Expressions.Count != 2 || row.Expressions[1] != element || root.SemanticModel is not SemanticModel model) return;
                if (model.GetConstantValue(row.Expressions[0], context.CancellationToken).Value is not string name || !Vocabulary.AuthorizationHeaders.Contains(name)) return;
                Header(context, model.GetOperation(row.Expressions[0], context.CancellationToken), root);
            }

            private static bool IsMemberDataFor(AttributeData attribute, string member)
            {
                string? name = attribute.AttributeClass?.Name;
                if (attribute.AttributeClass is null or IErrorTypeSymbol && attribute.ApplicationSyntaxReference?.GetSyntax() is AttributeSyntax written)
                {
                    name = SimpleName(written.Name);
                    if (name != null && !name.EndsWith("Attribute", StringComparison.Ordinal)) name += "Attribute";
                    ExpressionSyntax? first = written.ArgumentList?.Arguments.FirstOrDefault()?.Expression;
                    string? named = first switch
                    {
                        LiteralExpressionSyntax literal => literal.Token.ValueText,
                        InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" }, ArgumentList.Arguments: { Count: 1 } arguments } => arguments[0].Expression.ToString(),
                        _ => null,
                    };
                    return name != null && Sinks.MemberDataAttributes.Contains(name) && named == member;
                }

                return name != null && Sinks.MemberDataAttributes.Contains(name)
                    && attribute.ConstructorArguments.FirstOrDefault() is { Value: string source } && source == member;
            }

            // psi.ArgumentList.Add("…") right after psi.ArgumentList.Add("--password") in the same block: the value after a credential option.
            private void ArgumentAfterOption(OperationContext context, IInvocationOperation add)
            {
                if (add.Instance is null || add.Parent is not IExpressionStatementOperation { Syntax: StatementSyntax statement } || statement.Parent is not BlockSyntax block) return;
                int index = block.Statements.IndexOf(statement);
                if (index <= 0 || block.Statements[index - 1] is not ExpressionStatementSyntax
                    {
                        Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" } previous, ArgumentList.Arguments.Count: 1 } previousCall,
                    })
                {
                    return;
                }

                if (previous.Expression.IsEquivalentTo(add.Instance.Syntax, topLevel: false))
                {
                    AfterOption(context, add.SemanticModel?.GetConstantValue(previousCall.ArgumentList.Arguments[0].Expression, context.CancellationToken).Value, add.Arguments[0].Value);
                }
            }

            // ["users", "create", "--password", "…"]: a collection expression (C# 12), whose operation this compiler
            // version does not expose, read from syntax: the literal after a credential option.
            private void OptionValueInCollectionExpression(OperationContext context, IOperation literal)
            {
                if (literal.Syntax.Parent is not ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } element) return;
                int index = collection.Elements.IndexOf(element);
                if (index <= 0 || collection.Elements[index - 1] is not ExpressionElementSyntax previous) return;
                AfterOption(context, literal.SemanticModel?.GetConstantValue(previous.Expression, context.CancellationToken).Value, literal);
            }

            private void OptionValues(OperationContext context, ImmutableArray<IOperation> elements)
            {
                for (int i = 0; i + 1 < elements.Length; i++) AfterOption(context, elements[i].ConstantValue.Value, elements[i + 1]);
            }

            // The argument after a constant credential option (--password, --client-secret) is a credential slot.
            private void AfterOption(OperationContext context, object? option, IOperation value)
            {
                if (option is not string text || !SecretEntries.IsCredentialOption(_vocabulary, text)) return;
                foreach (WrittenValue written in ValueTracer.Sources(value, context.CancellationToken))
                {
                    if (ValueFilters.IsNotASecret(_vocabulary, written.Text) || ReportedByName(context, written)) continue;
                    Report(context, SecretDescriptors.SecretEnvironmentEntry, written.Location, value.Syntax.GetLocation(), Variables.FromName(text), "command-line option", text, Via(written) + " as its argument");
                }
            }

            /// <summary><c>(User: "etl", Password: "…")</c>: tuple elements named like credentials, by name or by the tuple type they convert to.</summary>
            public void Tuple(OperationContext context)
            {
                var tuple = (ITupleOperation)context.Operation;
                ITypeSymbol? type = tuple.Parent is IConversionOperation conversion ? conversion.Type : tuple.Type;
                if (type is not INamedTypeSymbol { IsTupleType: true } named) return;
                ImmutableArray<IFieldSymbol> elements = named.TupleElements;
                if (NameValueRow(context, tuple)) return;
                for (int i = 0; i < elements.Length && i < tuple.Elements.Length; i++)
                {
                    if (elements[i].IsImplicitlyDeclared || elements[i].Name == elements[i].CorrespondingTupleField?.Name) continue;
                    NamedSlot(context, elements[i].Name, elements[i].Type, tuple.Elements[i], "stored in tuple element '" + elements[i].Name + "'");
                }
            }
        }
    }
}
