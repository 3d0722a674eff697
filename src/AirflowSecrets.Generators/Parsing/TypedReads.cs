using System.Collections.Generic;
using System.Linq;
using AirflowSecrets.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace AirflowSecrets.Generators.Parsing
{
    /// <summary>
    /// How one class's typed variables are read: the JSON context of each (its own <c>JsonContext</c>, else the class's
    /// <c>[AirflowJsonContext]</c>), and the checks on it: a context that is none (AFS013), a type the context does not
    /// describe (AFS014), a reflection-based read in a trimmed or AOT build (AFS012).
    /// </summary>
    internal sealed class TypedReads
    {
        // The walk over a context's types stops here: a guard against huge graphs, never reached by real contexts.
        private const int MaxContextTypes = 2000;

        private readonly List<Problem>? _problems;
        private readonly string? _trimmingProperty;
        private readonly INamedTypeSymbol? _runtimeReaders;
        private readonly INamedTypeSymbol? _classContext;
        private readonly Dictionary<INamedTypeSymbol, HashSet<ITypeSymbol>> _described = new Dictionary<INamedTypeSymbol, HashSet<ITypeSymbol>>(SymbolEqualityComparer.Default);

        public TypedReads(INamedTypeSymbol type, List<Problem>? problems, string? trimmingProperty)
        {
            _problems = problems;
            _trimmingProperty = trimmingProperty;
            foreach (AttributeData attribute in type.GetAttributes())
            {
                INamedTypeSymbol? attributeClass = attribute.AttributeClass;
                if (attributeClass is null || attributeClass.ContainingNamespace?.ToDisplayString() != KnownNames.Namespace) continue;
                if (SecretsClassParser.IsSecretAttribute(attribute, out _))
                {
                    // The runtime the attributes come from: which readers it has.
                    _runtimeReaders ??= attributeClass.ContainingAssembly.GetTypeByMetadataName(KnownNames.ValueReaders);
                }
                else if (attributeClass.Name == KnownNames.JsonContextAttributeName && attribute.ConstructorArguments.Length == 1)
                {
                    _classContext = Context(attribute.ConstructorArguments[0], attribute, ProblemPlace.Attribute, null);
                }
            }
        }

        /// <summary>The reader builder of one variable, over its own context or the class's.</summary>
        public ReaderExpressions ReadersFor(AttributeData variable, TypedConstant? jsonContext)
        {
            if (jsonContext is TypedConstant given && !given.IsNull)
            {
                return new ReaderExpressions(_runtimeReaders, Context(given, variable, ProblemPlace.NamedArgument, "JsonContext"), contextIsTheVariables: true);
            }

            return new ReaderExpressions(_runtimeReaders, _classContext, contextIsTheVariables: false);
        }

        /// <summary>The checks on one variable's reads, once its reader is built.</summary>
        public void Check(AttributeData variable, string key, ReaderExpressions readers)
        {
            if (_problems is null || readers.OwnTypes.Count == 0) return;
            if (readers.Context is null)
            {
                if (_trimmingProperty != null)
                {
                    _problems.Add(new Problem(DiagnosticDescriptors.ReflectionInTrimmedBuild, variable, ProblemPlace.TypeArgument, null,
                        key, readers.OwnTypes[0].ToDisplayString(), _trimmingProperty));
                }

                return;
            }

            HashSet<ITypeSymbol> described = Described(readers.Context);
            foreach (ITypeSymbol own in readers.OwnTypes)
            {
                if (described.Contains(own)) continue;
                bool named = readers.ContextIsTheVariables;
                _problems.Add(new Problem(DiagnosticDescriptors.TypeNotInJsonContext, variable,
                    named ? ProblemPlace.NamedArgument : ProblemPlace.TypeArgument, named ? "JsonContext" : null,
                    readers.Context.Name, own.ToDisplayString(), key));
                return;
            }
        }

        // The context a Type argument names, or null (and AFS013) when it is not a JsonSerializerContext.
        private INamedTypeSymbol? Context(TypedConstant argument, AttributeData attribute, ProblemPlace place, string? namedArgument)
        {
            if (argument.Kind == TypedConstantKind.Error || argument.Value is not ITypeSymbol given || given.TypeKind == TypeKind.Error) return null;
            if (given is INamedTypeSymbol named && !named.IsAbstract && !named.IsGenericType && DerivesFromContext(named)) return named;
            _problems?.Add(new Problem(DiagnosticDescriptors.NotAJsonContext, attribute, place, namedArgument, given.ToDisplayString()));
            return null;
        }

        private static bool DerivesFromContext(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? current = type.BaseType; current != null; current = current.BaseType)
            {
                if (current.ToDisplayString() == KnownNames.JsonSerializerContext) return true;
            }

            return false;
        }

        // The types a context has metadata for, as System.Text.Json's generator finds them: each [JsonSerializable] type,
        // and what their public properties and fields, elements and type arguments hold.
        private HashSet<ITypeSymbol> Described(INamedTypeSymbol context)
        {
            if (_described.TryGetValue(context, out HashSet<ITypeSymbol>? known)) return known;
            var described = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            var pending = new Stack<ITypeSymbol>();
            foreach (AttributeData attribute in context.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() != KnownNames.JsonSerializableAttribute || attribute.ConstructorArguments.Length == 0) continue;
                if (attribute.ConstructorArguments[0].Value is ITypeSymbol root) pending.Push(root);
            }

            while (pending.Count > 0 && described.Count < MaxContextTypes)
            {
                ITypeSymbol type = pending.Pop();
                if (!described.Add(type)) continue;
                if (type is IArrayTypeSymbol array)
                {
                    pending.Push(array.ElementType);
                    continue;
                }

                if (type is not INamedTypeSymbol named) continue;
                foreach (ITypeSymbol argument in named.TypeArguments) pending.Push(argument);
                string ns = named.ContainingNamespace?.ToDisplayString() ?? string.Empty;
                if (ns == "System" || ns.StartsWith("System.", System.StringComparison.Ordinal)) continue;
                for (INamedTypeSymbol? current = named; current != null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
                {
                    foreach (ISymbol member in current.GetMembers().Where(m => !m.IsStatic && m.DeclaredAccessibility == Accessibility.Public))
                    {
                        if (member is IPropertySymbol { IsIndexer: false } property) pending.Push(property.Type);
                        else if (member is IFieldSymbol field) pending.Push(field.Type);
                    }
                }
            }

            _described[context] = described;
            return described;
        }
    }
}
