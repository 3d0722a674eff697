using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using AirflowSecrets.Generators.Diagnostics;
using AirflowSecrets.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AirflowSecrets.Generators.Parsing
{
    /// <summary>Where in an attribute a problem lies, so the analyzer can point at it.</summary>
    internal enum ProblemPlace
    {
        Type,
        Key,
        TypeArgument,
        NamedArgument,
        Attribute,
    }

    /// <summary>One rule broken by an attributed class; only the analyzer turns these into diagnostics.</summary>
    internal sealed class Problem
    {
        public Problem(DiagnosticDescriptor descriptor, AttributeData? attribute, ProblemPlace place, string? namedArgument, params object[] arguments)
        {
            Descriptor = descriptor;
            Symbol = null;
            Attribute = attribute;
            Place = place;
            NamedArgument = namedArgument;
            Arguments = arguments;
        }

        public DiagnosticDescriptor Descriptor { get; }

        /// <summary>For <see cref="ProblemPlace.Type"/>: the type at fault (the class or one containing it).</summary>
        public ISymbol? Symbol { get; private set; }

        public static Problem ForType(DiagnosticDescriptor descriptor, INamedTypeSymbol type, params object[] arguments) =>
            new(descriptor, null, ProblemPlace.Type, null, arguments) { Symbol = type };

        public AttributeData? Attribute { get; }

        public ProblemPlace Place { get; }

        public string? NamedArgument { get; }

        public object[] Arguments { get; }
    }

    /// <summary>
    /// Reads the Airflow attributes of a class into a <see cref="SecretsClassModel"/>. The generator calls it with no
    /// problem list and quietly skips whatever is invalid; the analyzer calls it with one and reports every problem.
    /// Both therefore agree on what is generated.
    /// </summary>
    internal static class SecretsClassParser
    {
        // Names a member cannot take: the nested snapshot type, and object's members (the snapshot's properties would hide them).
        private static readonly HashSet<string> ReservedMemberNames = new(StringComparer.Ordinal)
        {
            "Snapshot", "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals",
        };

        // Names the generated members of the class itself take: a class of that name could not hold them.
        private static readonly HashSet<string> GeneratedTypeMemberNames = new(StringComparer.Ordinal)
        {
            "Snapshot", "DeclaredSecrets", "OptionalSecrets", "LoadAsync",
        };

        public static bool IsSecretAttribute(AttributeData attribute, out AirflowSecretKind kind)
        {
            kind = AirflowSecretKind.Variable;
            INamedTypeSymbol? type = attribute.AttributeClass;
            if (type is null || type.ContainingNamespace?.ToDisplayString() != KnownNames.Namespace || type.ContainingType != null) return false;
            switch (type.Name)
            {
                case "AirflowVariableAttribute": kind = AirflowSecretKind.Variable; return true;
                case "AirflowConnectionAttribute": kind = AirflowSecretKind.Connection; return true;
                case "AirflowConfigAttribute": kind = AirflowSecretKind.Config; return true;
                default: return false;
            }
        }

        /// <summary>
        /// The model of <paramref name="type"/>, or <c>null</c> when nothing can be generated for it (not a partial
        /// non-static class). <paramref name="settings"/>, <paramref name="problems"/> and <paramref name="trimmingProperty"/>
        /// (the build property that says the output is trimmed or AOT-compiled, if one does) are only needed for checks.
        /// </summary>
        public static SecretsClassModel? Parse(
            INamedTypeSymbol type, NamingSettings? settings, List<Problem>? problems, CancellationToken cancellationToken, string? trimmingProperty = null)
        {
            bool canGenerate = CheckType(type, problems, cancellationToken);
            var reads = new TypedReads(type, problems, trimmingProperty);
            var members = new List<SecretMemberModel>();
            var memberNames = new Dictionary<string, string>(StringComparer.Ordinal);
            var readNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (AttributeData attribute in type.GetAttributes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!IsSecretAttribute(attribute, out AirflowSecretKind kind)) continue;
                SecretMemberModel? member = ParseMember(attribute, kind, problems, reads);
                if (member is null) continue;

                if (memberNames.TryGetValue(member.MemberName, out string? owner) || ReservedMemberNames.Contains(member.MemberName))
                {
                    string clash = owner is null ? "which is reserved for the generated code" : "as " + owner + " does";
                    problems?.Add(new Problem(DiagnosticDescriptors.SameMemberName, attribute, ProblemPlace.Key, null, KindLabel(kind), member.Key, member.MemberName, clash));
                    continue;
                }

                memberNames.Add(member.MemberName, KindLabel(kind).ToLowerInvariant() + " '" + member.Key + "'");
                if (member.Client != null && !ClientDeclarations.ClaimMemberName(member, attribute, memberNames, problems)) member = member with { Client = null };
                if (problems != null) CheckNames(member, attribute, settings ?? NamingSettings.Default, readNames, problems);
                members.Add(member);
            }

            if (!canGenerate) return null;
            return new SecretsClassModel(
                HintName(type),
                type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null,
                new EquatableArray<ContainingTypeModel>(ContainingTypes(type).Select(t => new ContainingTypeModel(Declaration(t)))),
                Declaration(type),
                type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                type.Name,
                new EquatableArray<SecretMemberModel>(members));
        }

        /// <summary><c>my_var</c> → <c>MyVar</c>: words split at anything but letters and digits, each capitalised.</summary>
        public static string MemberNameFor(string key)
        {
            var name = new StringBuilder(key.Length);
            bool upper = true;
            foreach (char c in key)
            {
                if (!char.IsLetterOrDigit(c))
                {
                    upper = true;
                    continue;
                }

                name.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }

            return name.ToString();
        }

        public static string KindLabel(AirflowSecretKind kind) => AirflowSecretKindInfo.Of(kind).Title;

        private static bool CheckType(INamedTypeSymbol type, List<Problem>? problems, CancellationToken cancellationToken)
        {
            if (type.TypeKind != TypeKind.Class || type.IsRecord || type.IsStatic)
            {
                string what = type.IsRecord ? "a record" : type.IsStatic ? "a static class" : "not a class";
                problems?.Add(Problem.ForType(DiagnosticDescriptors.WrongKindOfType, type, type.Name, what));
                return false;
            }

            if (GeneratedTypeMemberNames.Contains(type.Name))
            {
                problems?.Add(Problem.ForType(DiagnosticDescriptors.WrongKindOfType, type, type.Name, "named like one of the members generated into it"));
                return false;
            }

            bool ok = true;
            for (INamedTypeSymbol? current = type; current != null; current = current.ContainingType)
            {
                if (!IsPartial(current, cancellationToken))
                {
                    problems?.Add(Problem.ForType(DiagnosticDescriptors.NotPartial, current, current.Name));
                    ok = false;
                }
            }

            return ok;
        }

        private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken) =>
            type.DeclaringSyntaxReferences.Length > 0
            && type.DeclaringSyntaxReferences.All(r => r.GetSyntax(cancellationToken) is TypeDeclarationSyntax d && d.Modifiers.Any(SyntaxKind.PartialKeyword));

        private static SecretMemberModel? ParseMember(AttributeData attribute, AirflowSecretKind kind, List<Problem>? problems, TypedReads reads)
        {
            // Code being typed: a missing argument or an unknown type is the compiler's to report.
            if (attribute.AttributeConstructor is null || attribute.ConstructorArguments.Length == 0) return null;
            TypedConstant keyArgument = attribute.ConstructorArguments[0];
            if (keyArgument.Kind == TypedConstantKind.Error) return null;
            string label = KindLabel(kind);
            if (keyArgument.Value is not string key || key.Trim().Length == 0)
            {
                problems?.Add(new Problem(DiagnosticDescriptors.EmptyKey, attribute, ProblemPlace.Key, null, label.ToLowerInvariant(),
                    AirflowSecretKindInfo.Of(kind).KeyWord));
                return null;
            }

            string? explicitName = null;
            string? team = null;
            bool optional = false;
            TypedConstant? defaultValue = null;
            TypedConstant? jsonContext = null;
            TypedConstant? client = null;
            string? connType = null;
            foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
            {
                if (named.Value.Kind == TypedConstantKind.Error) return null;
                switch (named.Key)
                {
                    case "Name": explicitName = named.Value.Value as string; break;
                    case "Team": team = named.Value.Value as string; break;
                    case "Optional": optional = named.Value.Value is true; break;
                    case "Default": defaultValue = named.Value; break;
                    case "JsonContext": jsonContext = named.Value; break;
                    case "Client": client = named.Value; break;
                    case "ConnType": connType = named.Value.Value as string; break;
                }
            }

            if (string.IsNullOrEmpty(team)) team = null;
            string memberName = explicitName ?? MemberNameFor(key);
            if (!SyntaxFacts.IsValidIdentifier(memberName) || SyntaxFacts.GetKeywordKind(memberName) != SyntaxKind.None)
            {
                problems?.Add(new Problem(DiagnosticDescriptors.InvalidMemberName, attribute, explicitName is null ? ProblemPlace.Key : ProblemPlace.NamedArgument,
                    explicitName is null ? null : "Name", label, key, memberName));
                return null;
            }

            ITypeSymbol? valueType = null;
            if (kind == AirflowSecretKind.Variable && attribute.ConstructorArguments.Length > 1)
            {
                TypedConstant typeArgument = attribute.ConstructorArguments[1];
                if (typeArgument.Kind == TypedConstantKind.Error || typeArgument.Value is not ITypeSymbol given || given.TypeKind == TypeKind.Error) return null;
                if (given is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
                {
                    given = nullable.TypeArguments[0];
                    optional = true;
                }

                string? why = VariableTypes.WhyUnsupported(given);
                if (why != null)
                {
                    problems?.Add(new Problem(DiagnosticDescriptors.UnsupportedType, attribute, ProblemPlace.TypeArgument, null, key, given.ToDisplayString(), why));
                    return null;
                }

                if (given.SpecialType != SpecialType.System_String) valueType = given;
            }

            string? defaultExpression = null;
            if (defaultValue is TypedConstant value)
            {
                if (value.IsNull)
                {
                    optional = true;
                }
                else
                {
                    defaultExpression = VariableTypes.DefaultExpression(value, valueType, out string? why);
                    if (defaultExpression is null)
                    {
                        problems?.Add(new Problem(DiagnosticDescriptors.DefaultDoesNotFit, attribute, ProblemPlace.NamedArgument, "Default", label.ToLowerInvariant(), key, why ?? "it is not a constant of the type"));
                        return null;
                    }

                    optional = false;
                }
            }

            string? reader = null;
            bool byReflection = false;
            if (valueType != null)
            {
                ReaderExpressions readers = reads.ReadersFor(attribute, jsonContext);
                reader = readers.For(valueType);
                byReflection = readers.UsesReflection;
                reads.Check(attribute, key, readers);
            }

            return new SecretMemberModel(
                kind, key, team, memberName,
                valueType is null ? null : VariableTypes.FullName(valueType),
                valueType?.IsValueType ?? false,
                optional,
                defaultExpression,
                reader,
                byReflection,
                kind == AirflowSecretKind.Connection ? ClientDeclarations.Read(attribute, key, client, connType, problems) : null);
        }

        private static void CheckNames(SecretMemberModel member, AttributeData attribute, NamingSettings settings, Dictionary<string, string> readNames, List<Problem> problems)
        {
            string label = KindLabel(member.Kind);
            string? prefix = settings.Prefix(member.Kind);
            IReadOnlyList<string> shared;
            if (prefix != null)
            {
                if (member.Team is null && member.Kind != AirflowSecretKind.Config && AirflowNaming.IsRefusedAsTeamScoped(member.Key, settings.Separator))
                {
                    problems.Add(new Problem(DiagnosticDescriptors.NeverLookedUpGlobally, attribute, ProblemPlace.Key, null, label, member.Key, "__"));
                }

                IReadOnlyList<string> names = AirflowNaming.KeyVaultSecretNames(member.Kind, prefix, member.Key, settings.Separator, member.Team);
                foreach (string name in names)
                {
                    if (AirflowNaming.IsValidKeyVaultSecretName(name)) continue;
                    string why = name.Length > AirflowNaming.MaxKeyVaultNameLength
                        ? name.Length.ToString(CultureInfo.InvariantCulture) + " characters, more than " + AirflowNaming.MaxKeyVaultNameLength.ToString(CultureInfo.InvariantCulture)
                        : "only letters, digits and '-' are allowed";
                    problems.Add(new Problem(DiagnosticDescriptors.InvalidVaultName, attribute, ProblemPlace.Key, null, label, member.Key, name, why));
                    break;
                }

                shared = names.Select(n => "the Key Vault secret '" + n + "'").ToArray();
            }
            else
            {
                shared = AirflowNaming.EnvironmentVariableNames(member.Kind, member.Key, member.Team).Select(n => "the environment variable '" + n + "'").ToArray();
            }

            string scope = ((int)member.Kind).ToString(CultureInfo.InvariantCulture) + ":";
            foreach (string name in shared)
            {
                if (readNames.TryGetValue(scope + name, out string? other))
                {
                    problems.Add(new Problem(DiagnosticDescriptors.SameVaultName, attribute, ProblemPlace.Key, null, label, other, member.Key, name, settings.Separator));
                    return;
                }
            }

            foreach (string name in shared) readNames[scope + name] = member.Key;
        }

        // Outermost first.
        private static List<INamedTypeSymbol> ContainingTypes(INamedTypeSymbol type)
        {
            var chain = new List<INamedTypeSymbol>();
            for (INamedTypeSymbol? current = type.ContainingType; current != null; current = current.ContainingType) chain.Insert(0, current);
            return chain;
        }

        private static string Declaration(INamedTypeSymbol type)
        {
            string keyword = type.TypeKind switch
            {
                TypeKind.Struct => type.IsRecord ? "record struct" : "struct",
                TypeKind.Interface => "interface",
                _ => type.IsRecord ? "record" : "class",
            };
            string parameters = type.TypeParameters.Length == 0 ? string.Empty : "<" + string.Join(", ", type.TypeParameters.Select(p => p.Name)) + ">";
            return "partial " + keyword + " " + type.Name + parameters;
        }

        private static string HintName(INamedTypeSymbol type)
        {
            var name = new StringBuilder();
            if (type.ContainingNamespace is { IsGlobalNamespace: false } ns) name.Append(ns.ToDisplayString()).Append('.');
            foreach (INamedTypeSymbol outer in ContainingTypes(type)) name.Append(outer.MetadataName).Append('.');
            name.Append(type.MetadataName);
            for (int i = 0; i < name.Length; i++)
            {
                if (!char.IsLetterOrDigit(name[i]) && name[i] != '.' && name[i] != '_') name[i] = '_';
            }

            return name.Append(".g.cs").ToString();
        }
    }
}
