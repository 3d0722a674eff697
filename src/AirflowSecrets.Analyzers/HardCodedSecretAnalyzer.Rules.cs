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
    /// The rules by where a value goes (AFS101 credential slots, AFS102 secret entries) and by what it is (AFS103 inline
    /// credentials, AFS104 known formats, and AFS102 secret entries assigned in text).
    /// </content>
    public sealed partial class HardCodedSecretAnalyzer
    {
        private sealed partial class Analysis
        {
            /// <summary>AFS103 / AFS104 (and AFS102 in text): a written string whose own shape shows a credential.</summary>
            public void WrittenString(OperationContext context)
            {
                IOperation operation = context.Operation;
                if (operation is ILiteralOperation { ConstantValue.Value: not string }) return;
                OptionValueInCollectionExpression(context, operation);
                IOperation root = Root(operation);
                if (IsKeyName(root)) return;
                UnboundTestData(context, root);
                SourcedRow(context, root);
                HeaderRow(context, root);

                // Only the first literal of a composed string does the work for the whole string.
                IOperation? first = root == operation ? operation : root.Descendants().FirstOrDefault(d => d is ILiteralOperation { ConstantValue.Value: string } or IUtf8StringOperation);
                if (first != operation) return;
                JudgeShape(context, root);
            }

            // Judged first by what is written here; then with the constants it names filled in, unless one of those
            // constants is a credential by itself (by its shape or its name: its own declaration is reported).
            private void JudgeShape(OperationContext context, IOperation root)
            {
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
                    if (ShapeOf(value, null) != null || (CredentialNames.IsCredential(_vocabulary, name) && !ValueFilters.IsNotASecretForName(_vocabulary, value, name))) return;
                }

                ReportShape(context, root, full);
            }

            private bool ReportShape(OperationContext context, IOperation root, string text)
            {
                string? carrier = CarrierOf(root, context.ContainingSymbol);
                (DiagnosticDescriptor Rule, object[] Arguments, string? Variable)? shape = ShapeOf(text, carrier);
                if (shape is null) return false;
                object[] arguments = shape.Value.Arguments;
                arguments[arguments.Length - 1] = arguments[arguments.Length - 1] + Flow(root);
                string? variable = shape.Value.Variable ?? (EntryNameOf(root) is string entry ? Variables.FromEntry(entry) : Variables.FromName(carrier));
                Location location = root.Syntax.GetLocation();
                if (PieceHolding(root, text, carrier, context.CancellationToken) is IOperation piece)
                {
                    // On the line that holds the credential; a fix then replaces the whole concatenation (a format's
                    // argument alone cannot take the whole string's variable, so that one has no fix).
                    location = piece.Syntax.GetLocation();
                    if (root is IInvocationOperation) variable = null;
                }

                Report(context, shape.Value.Rule, location, null, variable, arguments);
                return true;
            }

            // A string composed over several lines ("Server=…;" + "Password=…;", string.Format(format, host, "…")): the
            // written piece holding the credential, found as the last piece without which the shape is gone (trailing
            // pieces such as "EntityPath=…" are not needed; the ones before the credential may be). Null on one line.
            private IOperation? PieceHolding(IOperation root, string text, string? carrier, System.Threading.CancellationToken cancellationToken)
            {
                if (root is ILiteralOperation or IUtf8StringOperation) return null;
                FileLinePositionSpan lines = root.Syntax.GetLocation().GetLineSpan();
                if (lines.StartLinePosition.Line == lines.EndLinePosition.Line) return null;
                IOperation? holding = null;
                foreach (IOperation piece in root.Descendants().Where(d => d is ILiteralOperation { ConstantValue.Value: string } or IUtf8StringOperation))
                {
                    string value = ValueTracer.Evaluate(piece, followSymbols: false, cancellationToken);
                    int at = value.Length == 0 ? -1 : text.IndexOf(value, StringComparison.Ordinal);
                    if (at < 0) continue;
                    string without = text.Substring(0, at) + ValueFilters.Hole + text.Substring(at + value.Length);
                    if (ShapeOf(without, carrier) is null) holding = piece;
                }

                return holding != null && holding.Syntax.GetLocation().GetLineSpan().StartLinePosition.Line != lines.StartLinePosition.Line ? holding : null;
            }

            // What a string's own shape shows: a known secret format, an inline credential, or a secret entry assigned in
            // text (.env, shell); the message arguments end with the flow, filled in by the caller.
            private (DiagnosticDescriptor Rule, object[] Arguments, string? Variable)? ShapeOf(string text, string? carrier)
            {
                // Read as what it most specifically is: a connection string, URI, JSON or YAML with its credential (AFS103);
                // else text assigning a secret variable or option (.env, shell, command lines: AFS102); else a known format (AFS104).
                if (text.Length < 6) return null;
                if (EmbeddedCredentials.Match(_vocabulary, text) is string inline) return (SecretDescriptors.InlineCredential, new object[] { Capitalise(inline), string.Empty }, null);
                if (SecretEntries.AssignedInText(_vocabulary, text) is string assigned)
                {
                    return (SecretDescriptors.SecretEnvironmentEntry, new object[] { assigned[0] == '-' ? "command-line option" : "environment variable", assigned, " in text" }, Variables.FromName(assigned));
                }

                if (SecretFormats.Match(text) is string format && !(SecretFormats.IsBase64KeyFormat(format) && NamesNotTheSecret(carrier)))
                {
                    return (SecretDescriptors.KnownSecretFormat, new object[] { format, string.Empty }, Variables.ForFormat(format));
                }

                return null;
            }

            // A carrier named for a hash, a salt, an encrypted or public value (MasterPasswordHash, expectedHash).
            // The same for a base64 key's shape, which a SHA-256 / SHA-512 digest shares: a certificate pin (Pins, BackupPin).
            private static bool NamesNotTheSecret(string? carrier) =>
                carrier != null && CredentialNames.Words(carrier).Any(w => Vocabulary.NotTheSecretWords.Contains(w) || Vocabulary.DigestWords.Contains(w));

            /// <summary>Arguments of calls and object creations: credential parameters, environment and configuration entries, Equals.</summary>
            public void Call(OperationContext context)
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
                INamedTypeSymbol? type = method.ContainingType;
                if (context.Operation.Parent is IAttributeOperation && TestDataArguments(context, type, arguments)) return;
                if (Types.IsKeyNameAttribute(type)) return;

                if (KnownTypes.Is(type, Types.Environment) && method.Name == "SetEnvironmentVariable" && arguments.Length >= 2)
                {
                    Entry(context, "environment variable", Argument(arguments, 0), Argument(arguments, 1), " and set with Environment.SetEnvironmentVariable");
                    return;
                }

                if (IsEntryAdd(method) || IsKeyValuePair(method))
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

                if (Types.HeaderSinkFor(method) is Sink header)
                {
                    Header(context, arguments.FirstOrDefault(a => a.Parameter?.Name == header.NameParameter)?.Value, arguments.FirstOrDefault(a => a.Parameter?.Name == header.Parameter)?.Value);
                    return;
                }

                if (NameValuePair(method) is (int nameOrdinal, int valueOrdinal) && !method.Parameters.Any(p => Types.SinkFor(method, p) != null || CredentialNames.IsCredential(_vocabulary, p.Name)))
                {
                    // WithEnvironment("AZURE_CLIENT_SECRET", "…") (Testcontainers), new V1EnvVar("…", "…") (Kubernetes), SetSetting(key, value)…
                    string what = (method.Name + type?.Name).IndexOf("Env", StringComparison.OrdinalIgnoreCase) >= 0 ? "environment variable" : "configuration entry";
                    Entry(context, what, Argument(arguments, nameOrdinal), Argument(arguments, valueOrdinal), " and passed to " + Display(method));
                    return;
                }

                if ((method.Name == "Compare" || method.Name == "CompareOrdinal") && type?.SpecialType == SpecialType.System_String && method.IsStatic)
                {
                    // string.Compare(input, "…") == 0: the same check as Equals.
                    Compare(context, Argument(arguments, 0), Argument(arguments, 1));
                    return;
                }

                if (method.Name == "FixedTimeEquals" && KnownTypes.Is(type, Types.CryptographicOperations))
                {
                    // A constant-time comparison of the bytes of a received value and of a written one.
                    Compare(context, BytesOf(Argument(arguments, 0)), BytesOf(Argument(arguments, 1)));
                    return;
                }

                if (method.Name == "Equals" && type?.SpecialType == SpecialType.System_String)
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
                    // A default value is judged once, where the parameter declares it, not at every call that omits it.
                    IParameterSymbol? parameter = argument.Parameter;
                    if (parameter is null || argument.ArgumentKind == ArgumentKind.DefaultValue || !IsStringLike(parameter.Type)) continue;
                    string flow = "passed to " + Display(method) + "(" + parameter.Name + ")";
                    if (Types.SinkFor(method, parameter) is Sink sink) Slot(context, argument.Value, sink.Kind, flow, Variables.ForSink(sink, parameter.Name), atSink: true, randomOnly: NamesPlainVariable(context, arguments, parameter));
                    else if (CredentialNames.IsCredential(_vocabulary, parameter.Name)) Slot(context, argument.Value, KindFromName(parameter.Name), flow, Variables.FromName(parameter.Name), byName: parameter.Name);
                    else if (CredentialNames.IsBareTokenOrKey(_vocabulary, parameter.Name) && !IsLookup(method)) Slot(context, argument.Value, KindFromName(parameter.Name), flow, Variables.FromName(parameter.Name), byName: parameter.Name, randomOnly: true);
                }
            }

            // SetSecret("airflow-variables-region", "…"): a Key Vault secret that holds an Airflow variable (or any entry) not
            // named like a credential holds a setting; its value is a secret only when it looks generated.
            private static bool NamesPlainVariable(OperationContext context, ImmutableArray<IArgumentOperation> arguments, IParameterSymbol value)
            {
                return value.Name == "value" && arguments.FirstOrDefault(a => a.Parameter?.Name == "name")?.Value is IOperation name && IsPlainSecretName(name, context.CancellationToken);
            }

            private static bool IsPlainSecretName(IOperation name, System.Threading.CancellationToken cancellationToken)
            {
                string secret = ValueTracer.Evaluate(name, followSymbols: true, cancellationToken);
                const string prefix = "airflow-variables-";
                if (secret.StartsWith(prefix, StringComparison.Ordinal)) secret = secret.Substring(prefix.Length);
                // SetSecret("feature-region", "…"), SetSecret("name", "value"): a secret written by a name that names no
                // credential holds a setting (or a test's stand-in) unless its value looks generated.
                return secret.Length > 0 && !ValueFilters.HasHole(secret) && !CredentialNames.IsCredential(Vocabulary.Default, secret)
                    && !secret.StartsWith("airflow-connections-", StringComparison.Ordinal) && !secret.StartsWith("airflow-config-", StringComparison.Ordinal);
            }

            // GetSection(key), TryGetValue(key, …), Remove(key): a key that looks a value up is its name, never a credential.
            private static bool IsLookup(IMethodSymbol method) =>
                Sinks.LookupPrefixes.Any(prefix => method.Name.StartsWith(prefix, StringComparison.Ordinal)) || method.MethodKind == MethodKind.PropertyGet;

            // [InlineData("…")] / [DataRow(…)] / [TestCase(…)] on a test method: each value goes to the method's parameter
            // at its position, and is judged by that parameter's name.
            private bool TestDataArguments(OperationContext context, INamedTypeSymbol? attribute, ImmutableArray<IArgumentOperation> arguments)
            {
                if (attribute is null || !Sinks.TestDataAttributes.Contains(attribute.Name) || context.ContainingSymbol is not IMethodSymbol method) return false;
                var values = new List<IOperation>();
                foreach (IArgumentOperation argument in arguments)
                {
                    if (argument.ArgumentKind == ArgumentKind.DefaultValue) continue;
                    if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: not null } array) values.AddRange(array.Initializer.ElementValues);
                    else values.Add(argument.Value);
                }

                for (int i = 0; i < values.Count && i < method.Parameters.Length; i++)
                {
                    IParameterSymbol parameter = method.Parameters[i];
                    NamedSlot(context, parameter.Name, parameter.Type, values[i], "given to test parameter '" + parameter.Name + "'");
                }

                return true;
            }

            // [InlineData("alice", "…")] / [TestCase("…")] where the test framework is not referenced (the attribute does not
            // bind): the value goes to the decorated method's parameter at its position, found by the attribute's written name.
            private void UnboundTestData(OperationContext context, IOperation root)
            {
                if (root.Parent is not (null or IInvalidOperation) || root.Syntax.Parent is not AttributeArgumentSyntax { NameEquals: null, NameColon: null } argument
                    || argument.Parent is not AttributeArgumentListSyntax { Parent: AttributeSyntax attribute } list || !IsTestData(attribute)
                    || context.ContainingSymbol is not IMethodSymbol test) return;
                int index = list.Arguments.IndexOf(argument);
                if (index < 0 || index >= test.Parameters.Length) return;
                IParameterSymbol parameter = test.Parameters[index];
                NamedSlot(context, parameter.Name, parameter.Type, root, "given to test parameter '" + parameter.Name + "'");
            }

            // The constructor arguments and Name/Team of [AirflowVariable], [AirflowConnection], [AirflowConfig]: key names.
            private bool IsKeyName(IOperation root)
            {
                IOperation current = root;
                while (current.Parent is IConversionOperation) current = current.Parent;
                if (current.Parent is IArgumentOperation { Parent: IObjectCreationOperation { Parent: IAttributeOperation } creation }) return Types.IsKeyNameAttribute(creation.Type);
                return current.Parent is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property, Parent: IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation { Parent: IAttributeOperation } owner } }
                    && Types.IsKeyNameAttribute(owner.Type) && Sinks.KeyNameProperties.Contains(property.Property.Name);
            }

            /// <summary>Assignments to credential members and to secret entries of dictionaries, configuration and process environments.</summary>
            public void Assignment(OperationContext context)
            {
                var assignment = (ISimpleAssignmentOperation)context.Operation;
                if (assignment.Target is IPropertyReferenceOperation { Property.IsIndexer: true } indexer && indexer.Arguments.Length == 1)
                {
                    string what = IsProcessEnvironment(indexer) ? "environment variable" : "configuration entry";
                    Entry(context, what, indexer.Arguments[0].Value, assignment.Value, string.Empty);
                    return;
                }

                if (assignment.Target is IPropertyReferenceOperation { Instance: null } && IsKeyName(assignment.Value)) return;
                (string? name, ITypeSymbol? type) = Member(assignment.Target);
                if (assignment.Target is IInvalidOperation { Syntax: ElementAccessExpressionSyntax { ArgumentList.Arguments.Count: 1 } element }
                    && assignment.SemanticModel?.GetOperation(element.ArgumentList.Arguments[0].Expression, context.CancellationToken) is IOperation unboundKey)
                {
                    // configuration["AzureAd:ClientSecret"] = "…" where the configuration type is not referenced.
                    Entry(context, "configuration entry", unboundKey, assignment.Value, string.Empty);
                    return;
                }

                if (type is null && assignment.Target is IInvalidOperation { Syntax: IdentifierNameSyntax or MemberAccessExpressionSyntax } unboundTarget
                    && assignment.Value.Type?.SpecialType == SpecialType.System_String)
                {
                    // new Unreferenced.Builder { Password = "…" }, StripeConfiguration.ApiKey = "…": the member is unknown,
                    // the name and the string are not.
                    name = unboundTarget.Syntax is MemberAccessExpressionSyntax access ? access.Name.Identifier.ValueText : ((IdentifierNameSyntax)unboundTarget.Syntax).Identifier.ValueText;
                    type = assignment.Value.Type;
                }

                if (name is null || type is null) return;
                if (NamedEntryValue(context, assignment, name)) return;
                NamedSlot(context, name, type, assignment.Value, "assigned to '" + name + "'");
            }

            // new V1EnvVar { Name = "DB_PASSWORD", Value = "…" } (Kubernetes), new EnvironmentVariable { Name = …, Value = … }:
            // an object of an environment variable or setting type, its name and its value set side by side. Returns
            // whether the value was judged as that entry's.
            private bool NamedEntryValue(OperationContext context, ISimpleAssignmentOperation assignment, string member)
            {
                if (member != "Value" || assignment.Parent is not IObjectOrCollectionInitializerOperation initializer) return false;
                string? typeName = initializer.Syntax.Parent switch
                {
                    ObjectCreationExpressionSyntax creation => SimpleName(creation.Type),
                    _ => initializer.Parent?.Type?.Name,
                };
                if (typeName is null || !Sinks.EntryTypeWords.Any(w => typeName.IndexOf(w, StringComparison.Ordinal) >= 0)) return false;
                foreach (IOperation sibling in initializer.Initializers)
                {
                    if (sibling is ISimpleAssignmentOperation { Target: var target, Value: var key } && Member(target).Name is "Name" or "Key"
                        && key.ConstantValue.Value is string entry && entry.Length > 0)
                    {
                        string what = typeName.IndexOf("Env", StringComparison.Ordinal) >= 0 ? "environment variable" : "configuration entry";
                        EntryValue(context, what, entry, assignment.Value, " in a " + typeName);
                        return true;
                    }
                }

                return false;
            }

            /// <summary>Initialisers of credential fields, properties, parameters (defaults) and locals.</summary>
            public void Initializer(OperationContext context)
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
                        NamedSlot(context, parameter.Parameter.Name, parameter.Parameter.Type, parameter.Value, "used as the default of parameter '" + parameter.Parameter.Name + "'");
                        break;
                    case IVariableDeclaratorOperation { Initializer: not null } local:
                        NamedSlot(context, local.Symbol.Name, local.Symbol.Type, local.Initializer.Value, "assigned to '" + local.Symbol.Name + "'");
                        break;
                }
            }

            /// <summary><c>string Password =&gt; "…"</c>, <c>GetApiKey() { return "…"; }</c>: a credential member returning a written value.</summary>
            public void Return(OperationContext context)
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
            public void CompoundAssignment(OperationContext context)
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
            public void Fallback(OperationContext context)
            {
                var coalesce = (ICoalesceOperation)context.Operation;
                if (LookedUpEntry(Unwrap(coalesce.Value), context.CancellationToken) is not string entry) return;
                string what = Unwrap(coalesce.Value) is IInvocationOperation { TargetMethod.Name: "GetEnvironmentVariable" } ? "environment variable" : "configuration entry";
                EntryValue(context, what, entry, coalesce.WhenNull, " as its fallback");
            }

            /// <summary><c>password == "…"</c>: an inbound credential checked against a written value; and strings composed of constants only.</summary>
            public void Binary(OperationContext context)
            {
                var binary = (IBinaryOperation)context.Operation;
                if (binary.OperatorKind == BinaryOperatorKind.Add)
                {
                    // A + B with no literal of its own (const string Whole = First + Second): judged with the constants filled in.
                    if (binary.Type?.SpecialType == SpecialType.System_String && Root(binary) == binary
                        && !binary.Descendants().Any(d => d is ILiteralOperation { ConstantValue.Value: string } or IUtf8StringOperation or IInterpolatedStringTextOperation)
                        && !IsKeyName(binary))
                    {
                        JudgeShape(context, binary);
                    }

                    return;
                }

                if (binary.OperatorKind != BinaryOperatorKind.Equals && binary.OperatorKind != BinaryOperatorKind.NotEquals) return;
                Compare(context, binary.LeftOperand, binary.RightOperand);
            }

            private void Compare(OperationContext context, IOperation? left, IOperation? right)
            {
                if (left is null || right is null) return;
                foreach ((IOperation reference, IOperation value) in new[] { (left, right), (right, left) })
                {
                    (string? name, ITypeSymbol? type) = Member(Unwrap(reference));
                    if (name is null && LookedUpEntry(Unwrap(reference), context.CancellationToken) is string entry)
                    {
                        // headers["X-Api-Key"] == "…", Environment.GetEnvironmentVariable("API_TOKEN") == "…": a secret
                        // read by name and checked against a written value.
                        Slot(context, value, KindFromName(entry), "compared with entry '" + entry + "'", Variables.FromEntry(entry), randomOnly: !SecretEntries.IsSecret(_vocabulary, entry));
                        continue;
                    }

                    if (name is null || type is null) continue;
                    if (!NamedSlot(context, name, type, value, "compared with '" + name + "'") && IsStringLike(type) && CredentialNames.IsInbound(name))
                    {
                        Slot(context, value, "A secret", "compared with '" + name + "'", null, passwordLike: true);
                    }
                }
            }

            // The name of a secret entry an expression reads: an indexer or a lookup call (GetEnvironmentVariable, GetValue,
            // GetSection…) whose first string argument is a constant naming a secret, or a bare token or key.
            private string? LookedUpEntry(IOperation operation, System.Threading.CancellationToken cancellationToken)
            {
                object? key = operation switch
                {
                    IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer => indexer.Arguments[0].Value.ConstantValue.Value,
                    IInvocationOperation { TargetMethod.Name: "First" or "FirstOrDefault" or "Single" or "SingleOrDefault" or "Last" or "LastOrDefault" or "ToString" } pick
                        when (pick.Instance ?? pick.Arguments.FirstOrDefault()?.Value) is IOperation source && Unwrap(source) is ILocalReferenceOperation local =>
                        OutOfTryGet(local),
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
                return SecretEntries.IsSecret(_vocabulary, name) || SecretEntries.IsBareTokenOrKey(_vocabulary, name) ? name : null;
            }

            // headers.TryGetValues("X-Api-Key", out var values) … values.First(): the name the local was filled in for.
            private static object? OutOfTryGet(ILocalReferenceOperation local)
            {
                IOperation root = local;
                while (root.Parent != null) root = root.Parent;
                foreach (IOperation operation in root.Descendants())
                {
                    if (operation is IInvocationOperation { TargetMethod.Name: "TryGetValues" or "TryGetValue" } tryGet
                        && tryGet.Arguments.Any(a => a.Parameter?.RefKind == RefKind.Out && Unwrap(a.Value) is IDeclarationExpressionOperation { Expression: ILocalReferenceOperation declared }
                            && SymbolEqualityComparer.Default.Equals(declared.Local, local.Local)))
                    {
                        return tryGet.Arguments.FirstOrDefault(a => a.Parameter?.Type.SpecialType == SpecialType.System_String)?.Value.ConstantValue.Value;
                    }
                }

                return null;
            }

            private void Entry(OperationContext context, string what, IOperation? key, IOperation? value, string flow)
            {
                if (key is null || value is null) return;
                string name = ValueTracer.Evaluate(key, followSymbols: true, context.CancellationToken);
                if (name.Length == 0 || ValueFilters.HasHole(name)) return;

                EntryValue(context, what, name, value, flow);
            }

            private void EntryValue(OperationContext context, string what, string name, IOperation value, string flow)
            {
                // A secret entry takes any written value; one named a bare token or key (AIRFLOW_VAR_WEBHOOK_TOKEN) a random-looking one.
                bool randomOnly = !SecretEntries.IsSecret(_vocabulary, name);
                if (randomOnly && !SecretEntries.IsBareTokenOrKey(_vocabulary, name)) return;
                foreach (WrittenValue written in ValueTracer.Sources(value, context.CancellationToken))
                {
                    if (ValueFilters.IsNotASecret(_vocabulary, written.Text) || SameAsName(written.Text, name) || (randomOnly && !ValueFilters.LooksRandom(written.Text))) continue;
                    if (CredentialNames.NamesNotACredential(written.Carrier)) continue;
                    if (!ReportedByName(context, written))
                    {
                        Report(context, SecretDescriptors.SecretEnvironmentEntry, written.Location, value.Syntax.GetLocation(), Variables.FromEntry(name), what, name, Via(written) + flow);
                    }
                }
            }

            // { "API key", "API key" }: a value that repeats the entry's own name.
            private static bool SameAsName(string value, string name) =>
                string.Equals(new string(value.Where(char.IsLetterOrDigit).ToArray()), new string(name.Where(char.IsLetterOrDigit).ToArray()), StringComparison.OrdinalIgnoreCase);

            // A string member, local or parameter named like a credential: any written value counts that is not a name
            // or a stand-in; named a bare token or key: only a random-looking one. Returns whether the name qualified.
            private bool NamedSlot(OperationContext context, string name, ITypeSymbol type, IOperation value, string flow) =>
                IsStringLike(type) && SlotByName(context, name, value, flow);

            // The same judgement where no type is known (an argument of a call the compiler cannot bind).
            private bool SlotByName(OperationContext context, string name, IOperation value, string flow)
            {
                if (CredentialNames.IsCredential(_vocabulary, name)) Slot(context, value, KindFromName(name), flow, Variables.FromName(name), byName: name);
                else if (CredentialNames.IsBareTokenOrKey(_vocabulary, name)) Slot(context, value, KindFromName(name), flow, Variables.FromName(name), byName: name, randomOnly: true);
                else return false;
                return true;
            }

            // byName: the slot is a credential only by the name it is given to (names there are often option or claim
            // names: see IsNotASecretForName); randomOnly: only machine-generated-looking values (a bare key or token);
            // passwordLike: only values mixing letters, digits and symbols like a password (an input compared with it).
            // atSink: a parameter of the sink table, where any value but a placeholder, a name or a fake is a credential.
            private void Slot(OperationContext context, IOperation value, string kind, string flow, string? variable, string? byName = null, bool randomOnly = false, bool passwordLike = false, bool atSink = false)
            {
                if (EncodedPair(context, value, flow)) return;
                foreach (WrittenValue written in ValueTracer.Sources(value, context.CancellationToken))
                {
                    bool notASecret = atSink ? ValueFilters.IsNotASecretAtSink(_vocabulary, written.Text) || ValueFilters.IsCredentialWordItself(written.Text)
                        : byName is null ? ValueFilters.IsNotASecret(_vocabulary, written.Text)
                        : ValueFilters.IsNotASecretForName(_vocabulary, written.Text, byName);
                    // A GUID given to a password, client secret or API key is a chosen secret (a GUID elsewhere is an id).
                    if (notASecret && !randomOnly && !passwordLike && ValueFilters.IsGuidSecret(written.Text)) notASecret = false;
                    if (notASecret || (passwordLike && !ValueFilters.LooksLikePassword(written.Text))) continue;

                    // Written through a constant named for an id or a name (ClientId): not the credential, whatever it is passed to.
                    if (CredentialNames.NamesNotACredential(written.Carrier)) continue;

                    // { UserName = "guest", Password = "guest" }, new NetworkCredential("admin", "admin"): a broker's or emulator's
                    // published default, both written side by side (through a constant named AdminPassword it is a chosen, weak, password).
                    if (Unwrap(value) is ILiteralOperation && Vocabulary.DefaultUserPasswords.Contains(written.Text) && ValueFilters.IsDefaultPair(UserBeside(value), written.Text)) continue;

                    // A token or API key is issued by a service, so it looks generated (or has a known format); words stand in for one.
                    if (Vocabulary.IssuedKinds.Contains(kind) && !ValueFilters.LooksRandom(written.Text) && ShapeOf(written.Text, null) is null) continue;

                    // A bare key or token takes a random-looking value; one whose shape shows what it is goes to that rule.
                    if (randomOnly && (!ValueFilters.LooksRandom(written.Text) || ShapeOf(written.Text, null) != null)) continue;
                    if (!ReportedByName(context, written)) Report(context, SecretDescriptors.CredentialInSlot, written.Location, value.Syntax.GetLocation(), variable, kind, flow + Via(written));
                }
            }

            // The user name written beside a value: another literal argument of the same call, or a user member
            // (UserName, User, Login…) set in the same object initializer. Read from syntax, so unbound calls count too.
            private static string? UserBeside(IOperation value)
            {
                SyntaxNode node = value.Syntax;
                while (node.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax) node = node.Parent;
                switch (node.Parent)
                {
                    case ArgumentSyntax { Parent: BaseArgumentListSyntax list } argument:
                        return list.Arguments.Where(a => a != argument).Select(a => a.Expression).OfType<LiteralExpressionSyntax>().Select(l => l.Token.ValueText).FirstOrDefault()
                            ?? (list.Parent is InvocationExpressionSyntax { Parent: ExpressionStatementSyntax { Parent: BlockSyntax callBlock } call } ? UserInBlock(callBlock, call) : null);
                    case AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax initializer }:
                        return initializer.Expressions.OfType<AssignmentExpressionSyntax>()
                            .Where(a => a.Left is IdentifierNameSyntax name && IsUserName(name.Identifier.ValueText))
                            .Select(a => a.Right).OfType<LiteralExpressionSyntax>().Select(l => l.Token.ValueText).FirstOrDefault();
                    // User = "guest"; Pass = "guest";  h.AccessKey("admin"); h.SecretKey("admin");  (options defaults, test
                    // harnesses): a user member set, or a user method called, with a literal in another statement of the block.
                    case AssignmentExpressionSyntax { Parent: ExpressionStatementSyntax { Parent: BlockSyntax block } statement }:
                        return UserInBlock(block, statement);
                    // const string DefaultPass = "guest"; const string DefaultUser = "guest";  string Password { get; set; } = "admin";
                    // beside string UserName { get; set; } = "admin";  (an options class's defaults): a user member of the same
                    // type initialised with a literal.
                    case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: FieldDeclarationSyntax { Parent: TypeDeclarationSyntax fieldType } } } declarator }:
                        return UserInType(fieldType, declarator);
                    case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax { Parent: TypeDeclarationSyntax propertyType } property }:
                        return UserInType(propertyType, property);
                    default:
                        return null;
                }
            }

            private static string? UserInType(TypeDeclarationSyntax type, SyntaxNode beside)
            {
                foreach (MemberDeclarationSyntax member in type.Members)
                {
                    switch (member)
                    {
                        case FieldDeclarationSyntax field:
                            foreach (VariableDeclaratorSyntax variable in field.Declaration.Variables)
                            {
                                if (variable != beside && IsUserName(variable.Identifier.ValueText) && variable.Initializer?.Value is LiteralExpressionSyntax literal) return literal.Token.ValueText;
                            }

                            break;
                        case PropertyDeclarationSyntax property when property != beside && IsUserName(property.Identifier.ValueText) && property.Initializer?.Value is LiteralExpressionSyntax literal:
                            return literal.Token.ValueText;
                    }
                }

                return null;
            }

            private static string? UserInBlock(BlockSyntax block, StatementSyntax beside)
            {
                foreach (StatementSyntax statement in block.Statements)
                {
                    if (statement == beside || statement is not ExpressionStatementSyntax { Expression: var expression }) continue;
                    ExpressionSyntax? written = expression switch
                    {
                        AssignmentExpressionSyntax { Left: var left, Right: var right } when IsUserName(SimpleName(left)) => right,
                        InvocationExpressionSyntax { Expression: var callee, ArgumentList.Arguments: { Count: 1 } arguments } when IsUserName(SimpleName(callee)) => arguments[0].Expression,
                        _ => null,
                    };
                    if (written is LiteralExpressionSyntax literal) return literal.Token.ValueText;
                }

                return null;
            }

            // A member or method that takes the user name a password goes with; of an access key and a secret key
            // (LocalStack's admin/admin, any value accepted), each is the other's partner.
            private static bool IsUserName(string? name) =>
                name != null && (name.EndsWith("AccessKey", StringComparison.OrdinalIgnoreCase) || name.EndsWith("SecretKey", StringComparison.OrdinalIgnoreCase)
                    || CredentialNames.Words(name).Any(w => w == "user" || w == "username" || w == "login"));

            // Headers (HttpClient, RestSharp): an API-key header, or an Authorization header with a written token.
            private void Header(OperationContext context, IOperation? name, IOperation? value)
            {
                if (name is null || value is null) return;
                string header = ValueTracer.Evaluate(name, followSymbols: true, context.CancellationToken);
                if (Vocabulary.AuthorizationHeaders.Contains(header))
                {
                    foreach (WrittenValue written in ValueTracer.Sources(value, context.CancellationToken))
                    {
                        // "Bearer …", "Basic …", or the token alone; a scheme with nothing after it holds no credential.
                        if (EncodedPair(context, value, "sent in the " + header + " header")) break;
                        string text = written.Text.Trim();
                        int space = text.IndexOf(' ');
                        string credential = space > 0 ? text.Substring(space + 1).Trim() : text;
                        if (space < 0 && written.Text.EndsWith(" ", StringComparison.Ordinal)) continue;
                        if (ValueFilters.IsNotASecretAtSink(_vocabulary, credential) || !IsHeaderCredential(text, credential)) continue;
                        Report(context, SecretDescriptors.CredentialInSlot, written.Location, value.Syntax.GetLocation(), null, "A token", "sent in the " + header + " header" + Via(written));
                    }

                    return;
                }

                if (CredentialNames.IsCredential(_vocabulary, header)) Slot(context, value, KindFromName(header), "sent in header '" + header + "'", Variables.FromName(header));
            }

            // Convert.ToBase64String(Encoding.ASCII.GetBytes("user:password")), the Basic scheme's credential: the
            // password is judged as one, where it is written. Returns whether the value was such an encoding.
            private bool EncodedPair(OperationContext context, IOperation value, string flow)
            {
                IOperation? encoded = value.DescendantsAndSelf().OfType<IInvocationOperation>()
                    .FirstOrDefault(i => i.TargetMethod.Name == "ToBase64String" && i.Arguments.Length >= 1 && KnownTypes.Is(i.TargetMethod.ContainingType, Types.Convert));
                if (encoded is not IInvocationOperation call || BytesOf(call.Arguments[0].Value) is not IOperation text || text == call.Arguments[0].Value) return false;
                foreach (WrittenValue written in ValueTracer.Sources(text, context.CancellationToken))
                {
                    int colon = written.Text.IndexOf(':');
                    if (colon <= 0 || ValueFilters.IsNotASecret(_vocabulary, written.Text.Substring(colon + 1))) continue;
                    Report(context, SecretDescriptors.CredentialInSlot, written.Location, value.Syntax.GetLocation(), null, "A password", flow + " as base64 of user:password");
                }

                return true;
            }

            // Basic carries a chosen user:password pair (judged as a password); any other scheme an issued token, which
            // looks generated or has a known format ("Bearer valid-token" stands in for one).
            private bool IsHeaderCredential(string header, string credential)
            {
                if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
                {
                    string? pair = ValueFilters.DecodeBase64(credential);
                    if (pair is null) return ValueFilters.LooksRandom(credential);
                    int colon = pair.IndexOf(':');
                    return colon >= 0 && !ValueFilters.IsNotASecret(_vocabulary, pair.Substring(colon + 1));
                }

                return ValueFilters.LooksRandom(credential) || ShapeOf(credential, null) != null;
            }

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

            // The outermost string expression a literal belongs to: concatenations (+, string.Concat), interpolations,
            // string.Format, parentheses, conversions.
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
                        // string.Format("…Password={1}", host, "…") and string.Concat("…", "…"): the arguments fill the string in.
                        current = format;
                    }
                    else
                    {
                        break;
                    }
                }

                return current;
            }

            // The entry a string is the value of: ["NAME"] = …, { "NAME", … } / Add("NAME", …), KeyValuePair("NAME", …).
            private static string? EntryNameOf(IOperation root)
            {
                IOperation current = root;
                while (current.Parent is IConversionOperation or IParenthesizedOperation) current = current.Parent;
                switch (current.Parent)
                {
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer } assignment when assignment.Value == current:
                        return indexer.Arguments[0].Value.ConstantValue.Value as string;
                    case IArgumentOperation { Parameter.Ordinal: 1, Parent: IInvocationOperation or IObjectCreationOperation } argument:
                        ImmutableArray<IArgumentOperation> arguments = argument.Parent is IInvocationOperation invocation ? invocation.Arguments : ((IObjectCreationOperation)argument.Parent!).Arguments;
                        IArgumentOperation? name = arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0 && a.Parameter.Type.SpecialType == SpecialType.System_String);
                        return name?.Value.ConstantValue.Value is string key && argument.Parameter!.Name is "value" ? key : null;
                    default:
                        return null;
                }
            }

            // The name a composed string is given to: the member, local or parameter it is stored in or passed to (for
            // test data, the test method's parameter at its position).
            private static string? CarrierOf(IOperation root, ISymbol owner)
            {
                IOperation current = root;
                while (current.Parent is IConversionOperation or IParenthesizedOperation or ICoalesceOperation or IConditionalOperation) current = current.Parent;
                IOperation element = current;
                // new[] { … } given as IReadOnlyList<string> (a conversion around the array) is carried by the same name.
                while (current.Parent is IArrayInitializerOperation or IArrayCreationOperation || (current is IArrayCreationOperation && current.Parent is IConversionOperation)) current = current.Parent;
                switch (current.Parent)
                {
                    case IArgumentOperation { Parameter: not null, Parent: IObjectCreationOperation { Parent: IAttributeOperation, Type: INamedTypeSymbol attribute } creation } argument
                        when Sinks.TestDataAttributes.Contains(attribute.Name) && owner is IMethodSymbol test:
                        // [DataRow(EHashingMethod.Pbkdf2, "…")] void Verify(EHashingMethod method, string expectedHash): expectedHash.
                        int position = TestDataPosition(creation, argument, element);
                        return position >= 0 && position < test.Parameters.Length ? test.Parameters[position].Name : null;
                    case IArgumentOperation { Parameter: not null } argument:
                        return argument.Parameter.Name;
                    case null or IInvalidOperation when root.Syntax.Parent is AttributeArgumentSyntax { Parent: AttributeArgumentListSyntax { Parent: AttributeSyntax attribute } list } argument
                        && IsTestData(attribute) && attribute.Parent?.Parent is MethodDeclarationSyntax method:
                        // The same when the test framework is not referenced: by the attribute's written name.
                        int index = list.Arguments.IndexOf(argument);
                        return index < method.ParameterList.Parameters.Count ? method.ParameterList.Parameters[index].Identifier.ValueText : null;
                    case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                        return declarator.Symbol.Name;
                    case IFieldInitializerOperation field when field.InitializedFields.Length > 0:
                        return field.InitializedFields[0].Name;
                    case IPropertyInitializerOperation property when property.InitializedProperties.Length > 0:
                        return property.InitializedProperties[0].Name;
                    case IParameterInitializerOperation parameter:
                        return parameter.Parameter.Name;
                    case ISimpleAssignmentOperation assignment when assignment.Value == current:
                        return Member(assignment.Target).Name;
                    default:
                        return null;
                }
            }

            private static bool IsTestData(AttributeSyntax attribute)
            {
                string name = SimpleName(attribute.Name) ?? string.Empty;
                return Sinks.TestDataAttributes.Contains(name) || Sinks.TestDataAttributes.Contains(name + "Attribute");
            }

            // The position, among a test-data attribute's values, of an argument (or of an element of its params array).
            private static int TestDataPosition(IObjectCreationOperation creation, IArgumentOperation argument, IOperation element)
            {
                int position = 0;
                foreach (IArgumentOperation each in creation.Arguments)
                {
                    if (each.ArgumentKind == ArgumentKind.ParamArray && each.Value is IArrayCreationOperation { Initializer: not null } array)
                    {
                        int index = array.Initializer.ElementValues.IndexOf(element);
                        if (each == argument) return index < 0 ? -1 : position + index;
                        position += array.Initializer.ElementValues.Length;
                    }
                    else
                    {
                        if (each == argument) return position;
                        position++;
                    }
                }

                return -1;
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
                IInvalidOperation { Syntax: IdentifierNameSyntax unbound } => (unbound.Identifier.ValueText, null),
                _ => (null, null),
            };

            private static string KindFromName(string name)
            {
                List<string> words = CredentialNames.Words(name);
                string all = string.Join(" ", words);
                if (words.Contains("password") || words.Contains("passwd") || words.Contains("pwd") || words.Contains("pass") || words.Contains("pw") || all.Contains("password")) return "A password";
                if (words.Contains("passphrase")) return "A passphrase";
                if (all.Contains("client secret") || words.Contains("clientsecret")) return "A client secret";
                if (words.Contains("token") || all.Contains("token")) return "A token";
                if (words.Contains("sas") || words.Contains("signature") || words.Contains("sig")) return "A shared access signature";
                if (words.Contains("key") || all.EndsWith("key", StringComparison.Ordinal)) return words.Contains("account") ? "An account key" : words.Any(w => w.EndsWith("api", StringComparison.Ordinal)) || all.Contains("apikey") ? "An API key" : "A key";
                return "A secret";
            }

            private static bool IsStringLike(ITypeSymbol type)
            {
                if (type.SpecialType == SpecialType.System_String || type.SpecialType == SpecialType.System_Object) return true;
                if (type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Char or SpecialType.System_Byte }) return true;
                return type is INamedTypeSymbol { Name: "ReadOnlySpan" or "ReadOnlyMemory" or "Span" or "Memory", TypeArguments.Length: 1 } span
                    && span.TypeArguments[0].SpecialType is SpecialType.System_Char or SpecialType.System_Byte;
            }

            // Add/TryAdd/Set(string key, value) on a dictionary, configuration or NameValueCollection.
            private static bool IsEntryAdd(IMethodSymbol method)
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

                // The name comes first (SetData(name, data), Add(key, value)); Sign(data, key) takes a key, not an entry.
                return name >= 0 && value > name ? (name, value) : null;
            }

            private bool IsKeyValuePair(IMethodSymbol method) =>
                method.Parameters.Length == 2 && method.Parameters[0].Type.SpecialType == SpecialType.System_String
                && ((KnownTypes.Is(method.ContainingType, Types.KeyValuePairOfT) && method.MethodKind == MethodKind.Constructor)
                    || (KnownTypes.Is(method.ContainingType, Types.KeyValuePair) && method.Name == "Create"));

            // ProcessStartInfo.Environment / EnvironmentVariables, through an indexer or Add.
            private bool IsProcessEnvironment(IOperation operation)
            {
                IOperation? receiver = operation switch
                {
                    IInvocationOperation invocation => invocation.Instance,
                    IPropertyReferenceOperation indexer => indexer.Instance,
                    _ => null,
                };
                return receiver is IPropertyReferenceOperation { Property: { Name: "Environment" or "EnvironmentVariables" } environment }
                    && KnownTypes.Is(environment.ContainingType, Types.ProcessStartInfo);
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
