using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;

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
    /// format) is reported wherever it stands. One finding per written value; messages never contain the value.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed partial class HardCodedSecretAnalyzer : DiagnosticAnalyzer
    {
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
                var analysis = new Analysis();
                start.RegisterOperationAction(analysis.WrittenString, OperationKind.Literal, OperationKind.Utf8String);
                start.RegisterOperationAction(analysis.Call, OperationKind.Invocation, OperationKind.ObjectCreation);
                start.RegisterOperationAction(analysis.Assignment, OperationKind.SimpleAssignment);
                start.RegisterOperationAction(analysis.Initializer, OperationKind.FieldInitializer, OperationKind.PropertyInitializer, OperationKind.ParameterInitializer, OperationKind.VariableDeclarator);
                start.RegisterOperationAction(analysis.Comparison, OperationKind.Binary);
                start.RegisterOperationAction(analysis.Return, OperationKind.Return, OperationKind.YieldReturn);
                start.RegisterOperationAction(analysis.CompoundAssignment, OperationKind.CoalesceAssignment, OperationKind.DeconstructionAssignment);
                start.RegisterOperationAction(analysis.Fallback, OperationKind.Coalesce);
                start.RegisterOperationAction(analysis.Unbound, OperationKind.Invalid, OperationKind.DynamicInvocation, OperationKind.DynamicObjectCreation);
                start.RegisterOperationAction(analysis.Pattern, OperationKind.ConstantPattern, OperationKind.CaseClause);
                start.RegisterOperationAction(analysis.Tuple, OperationKind.Tuple);
                start.RegisterOperationAction(analysis.ArgumentSequence, OperationKind.ArrayInitializer, OperationKind.ObjectOrCollectionInitializer);
            });
        }

        private sealed partial class Analysis
        {
            // Each written value is reported once, whichever rule or sink reaches it first.
            private readonly ConcurrentDictionary<(SyntaxTree Tree, TextSpan Span), byte> _reported = new();

            /// <summary>AFS103 / AFS104: a written string whose own shape shows a credential.</summary>
            public void WrittenString(OperationAnalysisContext context)
            {
                IOperation operation = context.Operation;
                if (operation is ILiteralOperation { ConstantValue.Value: not string }) return;
                OptionValueInCollectionExpression(context, operation);
                IOperation root = Root(operation);

                // Only the first literal of a composed string does the work for the whole string.
                IOperation? first = root == operation ? operation : root.Descendants().FirstOrDefault(d => d is ILiteralOperation { ConstantValue.Value: string } or IUtf8StringOperation);
                if (first != operation) return;

                // Judged first by what is written here; then with the constants it names filled in, unless one of those
                // constants is a credential by itself (by its shape or its name: its own declaration is reported).
                string text = ValueTracer.Evaluate(root, followSymbols: false, context.CancellationToken);
                if (ReportShape(context, root, text) || root is ILiteralOperation or IUtf8StringOperation) return;
                string full = ValueTracer.Evaluate(root, followSymbols: true, context.CancellationToken);
                if (full == text || full.Length < 6) return;
                foreach (IOperation named in root.DescendantsAndSelf())
                {
                    string? name = named switch
                    {
                        IFieldReferenceOperation field => field.Field.Name,
                        ILocalReferenceOperation local => local.Local.Name,
                        _ => null,
                    };
                    if (name is null) continue;
                    string value = ValueTracer.Evaluate(named, followSymbols: true, context.CancellationToken);
                    if (ShapeOf(value) != null || (CredentialNames.IsCredential(name) && IsPlainSecret(value))) return;
                }

                ReportShape(context, root, full);
            }

            private bool ReportShape(OperationAnalysisContext context, IOperation root, string text)
            {
                (DiagnosticDescriptor Rule, object[] Arguments)? shape = ShapeOf(text);
                if (shape is null) return false;
                string flow = Flow(root);
                object[] arguments = shape.Value.Arguments;
                arguments[arguments.Length - 1] = arguments[arguments.Length - 1] + flow;
                Report(context, shape.Value.Rule, root.Syntax.GetLocation(), arguments);
                return true;
            }

            // What a string's own shape shows: a known secret format, an inline credential, or a secret entry assigned in
            // text (.env, shell); the message arguments end with the flow, filled in by the caller.
            private static (DiagnosticDescriptor Rule, object[] Arguments)? ShapeOf(string text)
            {
                if (text.Length < 6) return null;
                if (SecretFormats.Match(text) is string format) return (SecretDescriptors.KnownSecretFormat, new object[] { format, string.Empty });
                if (EmbeddedCredentials.Match(text) is string inline) return (SecretDescriptors.InlineCredential, new object[] { Capitalise(inline), string.Empty });
                if (SecretEntries.AssignedInText(text) is string assigned)
                {
                    return (SecretDescriptors.SecretEnvironmentEntry, new object[] { assigned[0] == '-' ? "command-line option" : "environment variable", assigned, " in text" });
                }

                return null;
            }

            /// <summary>Arguments of calls and object creations: credential parameters, environment and configuration entries, Equals.</summary>
            public void Call(OperationAnalysisContext context)
            {
                IMethodSymbol? method;
                ImmutableArray<IArgumentOperation> arguments;
                switch (context.Operation)
                {
                    case IInvocationOperation invocation:
                        method = invocation.TargetMethod;
                        arguments = invocation.Arguments;
                        break;
                    case IObjectCreationOperation creation:
                        method = creation.Constructor;
                        arguments = creation.Arguments;
                        break;
                    default:
                        return;
                }

                if (method is null) return;
                string type = method.ContainingType?.ToDisplayString() ?? string.Empty;
                CancellationToken token = context.CancellationToken;

                if (type == "System.Environment" && method.Name == "SetEnvironmentVariable" && arguments.Length >= 2)
                {
                    Entry(context, "environment variable", Argument(arguments, 0), Argument(arguments, 1), " and set with Environment.SetEnvironmentVariable");
                    return;
                }

                if (IsEntryAdd(method, context.Operation) || IsKeyValuePair(method, type))
                {
                    string what = IsProcessEnvironment(context.Operation) ? "environment variable" : "configuration entry";
                    Entry(context, what, Argument(arguments, 0), Argument(arguments, 1), string.Empty);
                    return;
                }

                if ((method.Name == "GetValue" || method.Name == "GetValueOrDefault") && arguments.Length >= 2
                    && Argument(arguments, method.IsExtensionMethod ? 1 : 0) is IOperation configurationKey)
                {
                    // configuration.GetValue("Smtp:Password", "…"): a written fallback for a secret entry.
                    IOperation? fallback = Argument(arguments, method.IsExtensionMethod ? 2 : 1);
                    Entry(context, "configuration entry", configurationKey, fallback, " as its fallback");
                    return;
                }

                if (method.Name == "Add" && arguments.Length == 1 && context.Operation is IInvocationOperation singleAdd) ArgumentAfterOption(context, singleAdd);

                if ((method.Name == "Add" || method.Name == "TryAddWithoutValidation") && IsHttpHeaders(method.ContainingType) && arguments.Length == 2)
                {
                    Header(context, Argument(arguments, 0), Argument(arguments, 1));
                    return;
                }

                if (type == "System.Net.Http.Headers.AuthenticationHeaderValue" && method.MethodKind == MethodKind.Constructor && arguments.Length == 2)
                {
                    Slot(context, Argument(arguments, 1)!, "A token", "passed to AuthenticationHeaderValue(parameter)");
                    return;
                }

                if (NameValuePair(method) is (int nameOrdinal, int valueOrdinal) && !method.Parameters.Any(p => SlotKind(type, method, p) != null))
                {
                    // WithEnvironment("AZURE_CLIENT_SECRET", "…") (Testcontainers), new V1EnvVar("…", "…") (Kubernetes), SetSetting(key, value)…
                    string what = (method.Name + method.ContainingType?.Name).IndexOf("Env", StringComparison.OrdinalIgnoreCase) >= 0 ? "environment variable" : "configuration entry";
                    Entry(context, what, Argument(arguments, nameOrdinal), Argument(arguments, valueOrdinal), " and passed to " + Display(method));
                    return;
                }

                if ((method.Name == "Compare" || method.Name == "CompareOrdinal") && type == "string" && method.IsStatic)
                {
                    // string.Compare(input, "…") == 0: the same check as Equals.
                    Compare(context, Argument(arguments, 0), Argument(arguments, 1));
                    return;
                }

                if (method.Name == "FixedTimeEquals" && type == "System.Security.Cryptography.CryptographicOperations")
                {
                    // A constant-time comparison of the bytes of a received value and of a written one.
                    Compare(context, BytesOf(Argument(arguments, 0)), BytesOf(Argument(arguments, 1)));
                    return;
                }

                if (method.Name == "Equals" && type == "string")
                {
                    IOperation? receiver = (context.Operation as IInvocationOperation)?.Instance;
                    IOperation?[] sides = receiver is null
                        ? new[] { Argument(arguments, 0), Argument(arguments, 1) }
                        : new[] { receiver, Argument(arguments, 0) };
                    Compare(context, sides[0], sides[1]);
                    return;
                }

                foreach (IArgumentOperation argument in arguments)
                {
                    IParameterSymbol? parameter = argument.Parameter;
                    if (parameter is null || !IsStringLike(parameter.Type)) continue;
                    string? kind = SlotKind(type, method, parameter);
                    if (kind != null) Slot(context, argument.Value, kind, "passed to " + Display(method) + "(" + parameter.Name + ")");
                    else if (CredentialNames.IsBareTokenOrKey(parameter.Name)) Slot(context, argument.Value, KindFromName(parameter.Name), "passed to " + Display(method) + "(" + parameter.Name + ")", randomOnly: true);
                }
            }

            /// <summary>Assignments to credential members and to secret entries of dictionaries, configuration and process environments.</summary>
            public void Assignment(OperationAnalysisContext context)
            {
                var assignment = (ISimpleAssignmentOperation)context.Operation;
                if (assignment.Target is IPropertyReferenceOperation { Property.IsIndexer: true } indexer && indexer.Arguments.Length == 1)
                {
                    string what = IsProcessEnvironment(indexer) ? "environment variable" : "configuration entry";
                    Entry(context, what, indexer.Arguments[0].Value, assignment.Value, string.Empty);
                    return;
                }

                (string? name, ITypeSymbol? type) = Member(assignment.Target);
                if (assignment.Target is IInvalidOperation { Syntax: ElementAccessExpressionSyntax { ArgumentList.Arguments.Count: 1 } element }
                    && assignment.SemanticModel?.GetOperation(element.ArgumentList.Arguments[0].Expression, context.CancellationToken) is IOperation unboundKey)
                {
                    // configuration["AzureAd:ClientSecret"] = "…" where the configuration type is not referenced.
                    Entry(context, "configuration entry", unboundKey, assignment.Value, string.Empty);
                    return;
                }

                if (name is null && assignment.Target is IInvalidOperation { Syntax: IdentifierNameSyntax unbound }
                    && assignment.Value.Type?.SpecialType == SpecialType.System_String)
                {
                    // new Unreferenced.Builder { Password = "…" }: the member is unknown, the name and the string are not.
                    name = unbound.Identifier.ValueText;
                    type = assignment.Value.Type;
                }

                if (name is null || type is null) return;
                NamedSlot(context, name, type, assignment.Value, "assigned to '" + name + "'");
            }

            /// <summary>Initialisers of credential fields, properties, parameters (defaults) and locals.</summary>
            public void Initializer(OperationAnalysisContext context)
            {
                switch (context.Operation)
                {
                    case IFieldInitializerOperation field:
                        foreach (IFieldSymbol symbol in field.InitializedFields)
                        {
                            NamedSlot(context, symbol.Name, symbol.Type, field.Value, "stored in field '" + symbol.Name + "'");
                        }

                        break;
                    case IPropertyInitializerOperation property:
                        foreach (IPropertySymbol symbol in property.InitializedProperties)
                        {
                            NamedSlot(context, symbol.Name, symbol.Type, property.Value, "stored in property '" + symbol.Name + "'");
                        }

                        break;
                    case IParameterInitializerOperation parameter:
                        if (IsStringLike(parameter.Parameter.Type) && CredentialNames.IsCredential(parameter.Parameter.Name))
                        {
                            Slot(context, parameter.Value, KindFromName(parameter.Parameter.Name), "used as the default of parameter '" + parameter.Parameter.Name + "'");
                        }

                        break;
                    case IVariableDeclaratorOperation { Initializer: not null } local:
                        NamedSlot(context, local.Symbol.Name, local.Symbol.Type, local.Initializer.Value, "assigned to '" + local.Symbol.Name + "'");

                        break;
                }
            }

            /// <summary><c>string Password =&gt; "…"</c>, <c>GetApiKey() { return "…"; }</c>: a credential member returning a written value.</summary>
            public void Return(OperationAnalysisContext context)
            {
                var returned = (IReturnOperation)context.Operation;
                if (returned.ReturnedValue is null) return;
                (string? name, ITypeSymbol? returnType) = ReturningFunction(returned) switch
                {
                    // static string Secret() => "…" inside a method: the local function's own name.
                    ILocalFunctionOperation local => (local.Symbol.Name, local.Symbol.ReturnType),

                    // Func<string> GetPassword = () => "…", new Lazy<string>(() => "…") in a field ClientSecret: where the lambda goes.
                    IAnonymousFunctionOperation lambda => (LambdaCarrier(lambda), lambda.Symbol.ReturnType),
                    _ when context.ContainingSymbol is IMethodSymbol member => (member.AssociatedSymbol?.Name ?? member.Name, member.ReturnType),
                    _ => (null, null),
                };
                if (returned.Kind == OperationKind.YieldReturn) returnType = ElementType(returnType);
                if (name is null || returnType is null) return;
                NamedSlot(context, name, returnType, returned.ReturnedValue, "returned by '" + name + "'");
            }

            // The T of IEnumerable<T> / IAsyncEnumerable<T> / IEnumerator<T>, which a yield return produces.
            private static ITypeSymbol? ElementType(ITypeSymbol? sequence) =>
                sequence is INamedTypeSymbol { Name: "IEnumerable" or "IAsyncEnumerable" or "IEnumerator" or "IAsyncEnumerator", TypeArguments.Length: 1 } named ? named.TypeArguments[0] : null;

            /// <summary><c>apiKey ??= "…"</c> and <c>var (user, password) = ("etl", "…")</c>: assignments to credential names in other forms.</summary>
            public void CompoundAssignment(OperationAnalysisContext context)
            {
                switch (context.Operation)
                {
                    case ICoalesceAssignmentOperation coalesce:
                        (string? name, ITypeSymbol? type) = Member(coalesce.Target);
                        if (name != null && type != null) NamedSlot(context, name, type, coalesce.Value, "assigned to '" + name + "'");
                        break;
                    case IDeconstructionAssignmentOperation deconstruction:
                        IOperation target = deconstruction.Target is IDeclarationExpressionOperation declaration ? declaration.Expression : deconstruction.Target;
                        if (target is not ITupleOperation targets || Unwrap(deconstruction.Value) is not ITupleOperation values) break;
                        for (int i = 0; i < targets.Elements.Length && i < values.Elements.Length; i++)
                        {
                            IOperation element = targets.Elements[i] is IDeclarationExpressionOperation single ? single.Expression : targets.Elements[i];
                            (string? elementName, ITypeSymbol? elementType) = Member(element);
                            if (elementName != null && elementType != null) NamedSlot(context, elementName, elementType, values.Elements[i], "assigned to '" + elementName + "'");
                        }

                        break;
                }
            }

            // The innermost local function or lambda a return belongs to, or null for the member itself.
            private static IOperation? ReturningFunction(IOperation operation)
            {
                for (IOperation? current = operation.Parent; current != null; current = current.Parent)
                {
                    if (current is ILocalFunctionOperation or IAnonymousFunctionOperation) return current;
                }

                return null;
            }

            // The field, property or local a lambda is stored in, through delegate creation, conversions and a wrapping
            // object creation (new Lazy<string>(() => …)).
            private static string? LambdaCarrier(IAnonymousFunctionOperation lambda)
            {
                IOperation current = lambda;
                while (current.Parent is IDelegateCreationOperation or IConversionOperation or IArgumentOperation or IObjectCreationOperation) current = current.Parent;
                return current.Parent switch
                {
                    IFieldInitializerOperation field when field.InitializedFields.Length == 1 => field.InitializedFields[0].Name,
                    IPropertyInitializerOperation property when property.InitializedProperties.Length == 1 => property.InitializedProperties[0].Name,
                    IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol.Name,
                    ISimpleAssignmentOperation assignment => Member(assignment.Target).Name,
                    _ => null,
                };
            }

            /// <summary><c>configuration["Smtp:Password"] ?? "…"</c>: a written fallback for a secret read by name.</summary>
            public void Fallback(OperationAnalysisContext context)
            {
                var coalesce = (ICoalesceOperation)context.Operation;
                if (LookedUpEntry(Unwrap(coalesce.Value), context.CancellationToken) is not string entry) return;
                Slot(context, coalesce.WhenNull, KindFromName(entry), "used as the fallback of entry '" + entry + "'", randomOnly: !SecretEntries.IsSecret(entry));
            }

            /// <summary><c>password == "…"</c>: an inbound credential checked against a written value.</summary>
            public void Comparison(OperationAnalysisContext context)
            {
                var binary = (IBinaryOperation)context.Operation;
                if (binary.OperatorKind != BinaryOperatorKind.Equals && binary.OperatorKind != BinaryOperatorKind.NotEquals) return;
                Compare(context, binary.LeftOperand, binary.RightOperand);
            }

            private void Compare(OperationAnalysisContext context, IOperation? left, IOperation? right)
            {
                if (left is null || right is null) return;
                foreach ((IOperation reference, IOperation value) in new[] { (left, right), (right, left) })
                {
                    (string? name, ITypeSymbol? type) = Member(Unwrap(reference));
                    if (name is null && LookedUpEntry(Unwrap(reference), context.CancellationToken) is string entry)
                    {
                        // headers["X-Api-Key"] == "…", Environment.GetEnvironmentVariable("API_TOKEN") == "…": a secret
                        // read by name and checked against a written value.
                        Slot(context, value, KindFromName(entry), "compared with entry '" + entry + "'", randomOnly: !SecretEntries.IsSecret(entry));
                        continue;
                    }

                    if (name is null || type is null) continue;
                    if (!NamedSlot(context, name, type, value, "compared with '" + name + "'") && IsStringLike(type) && CredentialNames.IsInbound(name))
                    {
                        Slot(context, value, "A secret", "compared with '" + name + "'", passwordLike: true);
                    }
                }
            }

            // The name of a secret entry an expression reads: an indexer or a lookup call (GetEnvironmentVariable, GetValue,
            // GetSection…) whose first string argument is a constant naming a secret, or a bare token or key.
            private static string? LookedUpEntry(IOperation operation, System.Threading.CancellationToken cancellationToken)
            {
                object? key = operation switch
                {
                    IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer => indexer.Arguments[0].Value.ConstantValue.Value,
                    IInvocationOperation invocation when invocation.TargetMethod.Name.StartsWith("Get", StringComparison.Ordinal) =>
                        invocation.Arguments.FirstOrDefault(a => a.Parameter?.Type.SpecialType == SpecialType.System_String)?.Value.ConstantValue.Value,

                    // The same reads on a type the compiler cannot bind: configuration["…"], configuration.GetValue("…").
                    IInvalidOperation { Syntax: ElementAccessExpressionSyntax { ArgumentList.Arguments.Count: 1 } element } =>
                        operation.SemanticModel?.GetConstantValue(element.ArgumentList.Arguments[0].Expression, cancellationToken).Value,
                    IInvalidOperation { Syntax: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member, ArgumentList.Arguments.Count: > 0 } call }
                        when member.Name.Identifier.ValueText.StartsWith("Get", StringComparison.Ordinal) =>
                        operation.SemanticModel?.GetConstantValue(call.ArgumentList.Arguments[0].Expression, cancellationToken).Value,
                    _ => null,
                };
                if (key is not string name || name.Length == 0) return null;
                return SecretEntries.IsSecret(name) || SecretEntries.IsBareTokenOrKey(name) ? name : null;
            }

            private void Entry(OperationAnalysisContext context, string what, IOperation? key, IOperation? value, string flow)
            {
                if (key is null || value is null) return;
                string name = ValueTracer.Evaluate(key, followSymbols: true, context.CancellationToken);
                if (name.Length == 0 || ValueFilters.HasHole(name)) return;

                // A secret entry takes any written value; one named a bare token or key (AIRFLOW_VAR_WEBHOOK_TOKEN) a random-looking one.
                bool randomOnly = !SecretEntries.IsSecret(name);
                if (randomOnly && !SecretEntries.IsBareTokenOrKey(name)) return;
                foreach (WrittenValue written in ValueTracer.Sources(value, context.CancellationToken))
                {
                    if (!IsPlainSecret(written.Text) || (randomOnly && !ValueFilters.LooksRandom(written.Text))) continue;
                    if (!ReportedByName(context, written)) Report(context, SecretDescriptors.SecretEnvironmentEntry, written.Location, what, name, Via(written) + flow);
                }
            }

            // A string member, local or parameter named like a credential: any written value counts; named a bare token or
            // key: only a random-looking one. Returns whether the name qualified.
            private bool NamedSlot(OperationAnalysisContext context, string name, ITypeSymbol type, IOperation value, string flow) =>
                IsStringLike(type) && SlotByName(context, name, value, flow);

            // The same judgement where no type is known (an argument of a call the compiler cannot bind).
            private bool SlotByName(OperationAnalysisContext context, string name, IOperation value, string flow)
            {
                if (CredentialNames.IsCredential(name)) Slot(context, value, KindFromName(name), flow);
                else if (CredentialNames.IsBareTokenOrKey(name)) Slot(context, value, KindFromName(name), flow, randomOnly: true);
                else return false;
                return true;
            }

            // randomOnly: only machine-generated-looking values (a bare key or token); passwordLike: only values mixing
            // letters, digits and symbols like a password (an input compared with it).
            private void Slot(OperationAnalysisContext context, IOperation value, string kind, string flow, bool randomOnly = false, bool passwordLike = false)
            {
                foreach (WrittenValue written in ValueTracer.Sources(value, context.CancellationToken))
                {
                    if (!IsPlainSecret(written.Text) || (randomOnly && !ValueFilters.LooksRandom(written.Text)) || (passwordLike && !ValueFilters.LooksLikePassword(written.Text))) continue;
                    if (!ReportedByName(context, written)) Report(context, SecretDescriptors.CredentialInSlot, written.Location, kind, flow + Via(written));
                }
            }

            // HttpClient headers: an API-key header, or an Authorization header with a written token.
            private void Header(OperationAnalysisContext context, IOperation? name, IOperation? value)
            {
                if (name is null || value is null) return;
                string header = ValueTracer.Evaluate(name, followSymbols: true, context.CancellationToken);
                if (header.Equals("Authorization", StringComparison.OrdinalIgnoreCase) || header.Equals("Proxy-Authorization", StringComparison.OrdinalIgnoreCase))
                {
                    foreach (WrittenValue written in ValueTracer.Sources(value, context.CancellationToken))
                    {
                        string text = written.Text.Trim();
                        int space = text.IndexOf(' ');
                        string credential = space > 0 ? text.Substring(space + 1).Trim() : text;
                        if (!IsPlainSecret(credential)) continue;
                        Report(context, SecretDescriptors.CredentialInSlot, written.Location, "A token", "sent in the " + header + " header" + Via(written));
                    }

                    return;
                }

                if (CredentialNames.IsCredential(header)) Slot(context, value, KindFromName(header), "sent in header '" + header + "'");
            }

            private static bool IsHttpHeaders(INamedTypeSymbol? type)
            {
                for (INamedTypeSymbol? current = type; current != null; current = current.BaseType)
                {
                    if (current.ToDisplayString() == "System.Net.Http.Headers.HttpHeaders") return true;
                }

                return false;
            }

            // A value held in a field or local named like a credential is reported as that declaration's finding, with
            // the same words whichever use of it is analysed first, so the result does not depend on analysis order.
            private bool ReportedByName(OperationAnalysisContext context, WrittenValue written)
            {
                if (written.Carrier is null || !CredentialNames.IsCredential(written.Carrier)) return false;
                string flow = written.CarrierIsField ? "stored in field '" + written.Carrier + "'" : "assigned to '" + written.Carrier + "'";
                Report(context, SecretDescriptors.CredentialInSlot, written.Location, KindFromName(written.Carrier), flow);
                return true;
            }

            // A value that is a credential only because of where it goes: strings whose own shape shows a credential
            // are reported by WrittenString, and placeholders, dummies and names are not credentials at all.
            private static bool IsPlainSecret(string text) =>
                !ValueFilters.IsNotASecret(text) && SecretFormats.Match(text) is null && EmbeddedCredentials.Match(text) is null;

            private void Report(OperationAnalysisContext context, DiagnosticDescriptor descriptor, Location location, params object[] arguments)
            {
                if (!location.IsInSource || location.SourceTree is null) return;
                if (!_reported.TryAdd((location.SourceTree, location.SourceSpan), 0)) return;
                context.ReportDiagnostic(Diagnostic.Create(descriptor, location, arguments));
            }

            private static string Via(WrittenValue written) => written.Carrier is null ? string.Empty : " (through '" + written.Carrier + "')";

            private static IOperation? Argument(ImmutableArray<IArgumentOperation> arguments, int ordinal) =>
                arguments.FirstOrDefault(a => a.Parameter?.Ordinal == ordinal)?.Value;

            // Encoding.UTF8.GetBytes(x) (through the span conversion): x.
            private static IOperation? BytesOf(IOperation? operation) =>
                operation is null ? null
                : Unwrap(operation) is IInvocationOperation { TargetMethod.Name: "GetBytes", Arguments.Length: 1 } getBytes ? getBytes.Arguments[0].Value
                : operation;

            private static IOperation Unwrap(IOperation operation)
            {
                while (operation is IConversionOperation or IParenthesizedOperation) operation = operation is IConversionOperation c ? c.Operand : ((IParenthesizedOperation)operation).Operand;
                return operation;
            }

            // The outermost string expression a literal belongs to: concatenations, interpolations, parentheses, conversions.
            private static IOperation Root(IOperation operation)
            {
                IOperation current = operation;
                while (current.Parent is IOperation parent)
                {
                    if (parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String }
                        or IInterpolatedStringOperation or IInterpolatedStringTextOperation or IInterpolationOperation or IParenthesizedOperation
                        || (parent is IConversionOperation { IsImplicit: true } && parent.Parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String }))
                    {
                        current = parent;
                    }
                    else if (ValueTracer.FormatCall(parent) is IInvocationOperation format)
                    {
                        // string.Format("…Password={1}", host, "…"): the arguments fill the format in.
                        current = format;
                    }
                    else
                    {
                        break;
                    }
                }

                return current;
            }

            // Where a written string goes, in words for the message.
            private static string Flow(IOperation root)
            {
                IOperation current = root;
                while (current.Parent is IConversionOperation or IParenthesizedOperation or ICoalesceOperation or IConditionalOperation) current = current.Parent;
                switch (current.Parent)
                {
                    case IArgumentOperation { Parameter: not null } argument when argument.Parent is IInvocationOperation or IObjectCreationOperation:
                        IMethodSymbol? method = (argument.Parent as IInvocationOperation)?.TargetMethod ?? (argument.Parent as IObjectCreationOperation)?.Constructor;
                        return method is null ? string.Empty : " and passed to " + Display(method) + "(" + argument.Parameter.Name + ")";
                    case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                        return " and assigned to '" + declarator.Symbol.Name + "'";
                    case IFieldInitializerOperation field when field.InitializedFields.Length > 0:
                        return " in field '" + field.InitializedFields[0].Name + "'";
                    case IPropertyInitializerOperation property when property.InitializedProperties.Length > 0:
                        return " in property '" + property.InitializedProperties[0].Name + "'";
                    case IParameterInitializerOperation parameter:
                        return " as the default of parameter '" + parameter.Parameter.Name + "'";
                    case ISimpleAssignmentOperation assignment when assignment.Value == current:
                        (string? name, _) = Member(assignment.Target);
                        if (assignment.Target is IPropertyReferenceOperation { Property.IsIndexer: true } indexer && indexer.Arguments.Length == 1
                            && indexer.Arguments[0].Value.ConstantValue.Value is string key)
                        {
                            return " and assigned to entry '" + key + "'";
                        }

                        return name is null ? string.Empty : " and assigned to '" + name + "'";
                    case IReturnOperation:
                        return " and returned";
                    default:
                        return string.Empty;
                }
            }

            private static (string? Name, ITypeSymbol? Type) Member(IOperation target) => target switch
            {
                IPropertyReferenceOperation { Property.IsIndexer: false } property => (property.Property.Name, property.Property.Type),
                IFieldReferenceOperation field => (field.Field.Name, field.Field.Type),
                ILocalReferenceOperation local => (local.Local.Name, local.Local.Type),
                IParameterReferenceOperation parameter => (parameter.Parameter.Name, parameter.Parameter.Type),
                _ => (null, null),
            };

            private static string? SlotKind(string type, IMethodSymbol method, IParameterSymbol parameter)
            {
                switch (type)
                {
                    case "Azure.Identity.ClientSecretCredential" when parameter.Name == "clientSecret":
                        return "A client secret";
                    case "Azure.AzureKeyCredential" when parameter.Name == "key":
                        return "An API key";
                    case "Azure.AzureNamedKeyCredential" when parameter.Name == "key":
                        return "An account key";
                    case "Azure.AzureSasCredential" when parameter.Name == "signature":
                        return "A shared access signature";
                    case "Azure.Security.KeyVault.Secrets.SecretClient" when parameter.Name == "value" && method.Name.StartsWith("SetSecret", StringComparison.Ordinal):
                    case "Azure.Security.KeyVault.Secrets.KeyVaultSecret" when parameter.Name == "value" && method.MethodKind == MethodKind.Constructor:
                        return "A Key Vault secret value";
                    case not null when parameter.Name == "key" && type.StartsWith("System.Security.Cryptography.HMAC", StringComparison.Ordinal):
                        return "A signing key";
                }

                return CredentialNames.IsCredential(parameter.Name) ? KindFromName(parameter.Name) : null;
            }

            private static string KindFromName(string name)
            {
                List<string> words = CredentialNames.Words(name);
                string all = string.Join(" ", words);
                if (words.Contains("password") || words.Contains("passwd") || words.Contains("pwd") || all.Contains("password")) return "A password";
                if (words.Contains("passphrase")) return "A passphrase";
                if (all.Contains("client secret") || words.Contains("clientsecret")) return "A client secret";
                if (words.Contains("token") || all.Contains("token")) return "A token";
                if (words.Contains("sas") || words.Contains("signature") || words.Contains("sig")) return "A shared access signature";
                if (words.Contains("key") || all.EndsWith("key", StringComparison.Ordinal)) return words.Contains("account") ? "An account key" : words.Contains("api") || all.Contains("apikey") ? "An API key" : "A key";
                return "A secret";
            }

            private static bool IsStringLike(ITypeSymbol type)
            {
                if (type.SpecialType == SpecialType.System_String || type.SpecialType == SpecialType.System_Object) return true;
                if (type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Char or SpecialType.System_Byte }) return true;
                return type is INamedTypeSymbol { Name: "ReadOnlySpan" or "ReadOnlyMemory" or "Span" or "Memory", TypeArguments.Length: 1 } span
                    && span.TypeArguments[0].SpecialType is SpecialType.System_Char or SpecialType.System_Byte;
            }

            private static bool IsEntryAdd(IMethodSymbol method, IOperation operation)
            {
                if (method.Name != "Add" && method.Name != "TryAdd" && method.Name != "Set") return false;
                if (method.Parameters.Length != 2 || method.Parameters[0].Type.SpecialType != SpecialType.System_String) return false;
                INamedTypeSymbol? type = method.ContainingType;
                if (type is null) return false;
                return type.Name.IndexOf("Dictionary", StringComparison.Ordinal) >= 0
                    || type.Name.IndexOf("Configuration", StringComparison.Ordinal) >= 0
                    || type.Name == "NameValueCollection"
                    || type.AllInterfaces.Any(i => i.Name == "IDictionary" || i.Name == "IReadOnlyDictionary");
            }

            // A method or constructor taking an entry's name and its value: (name|key|variable|…, value|data), e.g. AppContext.SetData.
            private static (int Name, int Value)? NameValuePair(IMethodSymbol method)
            {
                int name = -1, value = -1;
                foreach (IParameterSymbol parameter in method.Parameters)
                {
                    SpecialType type = parameter.Type.SpecialType;
                    switch (parameter.Name)
                    {
                        case "name" or "key" or "variable" or "variableName" or "envName" or "settingName" when type == SpecialType.System_String:
                            name = parameter.Ordinal;
                            break;
                        case "value" or "settingValue" or "envValue" or "data" when type is SpecialType.System_String or SpecialType.System_Object:
                            value = parameter.Ordinal;
                            break;
                    }
                }

                return name >= 0 && value >= 0 ? (name, value) : null;
            }

            private static bool IsKeyValuePair(IMethodSymbol method, string type) =>
                method.Parameters.Length == 2 && method.Parameters[0].Type.SpecialType == SpecialType.System_String
                && ((type.StartsWith("System.Collections.Generic.KeyValuePair<", StringComparison.Ordinal) && method.MethodKind == MethodKind.Constructor)
                    || (type == "System.Collections.Generic.KeyValuePair" && method.Name == "Create"));

            // ProcessStartInfo.Environment / EnvironmentVariables, through an indexer or Add.
            private static bool IsProcessEnvironment(IOperation operation)
            {
                IOperation? receiver = operation switch
                {
                    IInvocationOperation invocation => invocation.Instance,
                    IPropertyReferenceOperation indexer => indexer.Instance,
                    _ => null,
                };
                return receiver is IPropertyReferenceOperation { Property: { Name: "Environment" or "EnvironmentVariables" } environment }
                    && environment.ContainingType.ToDisplayString() == "System.Diagnostics.ProcessStartInfo";
            }

            private static string Display(IMethodSymbol method)
            {
                string type = method.ContainingType?.Name ?? string.Empty;
                return method.MethodKind == MethodKind.Constructor ? type : type + "." + method.Name;
            }

            private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
        }
    }
}
