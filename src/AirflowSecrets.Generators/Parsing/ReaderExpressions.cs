using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AirflowSecrets.Generators.Parsing
{
    /// <summary>
    /// The C# expression of the <c>AirflowValueReader</c> a typed variable is read with: a reader of a type the runtime
    /// knows, composed for enums, nullables, arrays, collections and dictionaries, and for the user's own classes, records
    /// and structs one over their JSON context, or the reflection reader when they have none.
    /// </summary>
    internal sealed class ReaderExpressions
    {
        private const string Readers = "global::AirflowSecrets.AirflowValueReaders.";

        // Readers of these types exist only in the runtime's .NET 8+ build (the types do not exist in .NET Standard 2.0).
        private static readonly string[] NetOnly = { "DateOnly", "TimeOnly" };

        private readonly INamedTypeSymbol? _runtimeReaders;
        private readonly string? _context;

        /// <param name="runtimeReaders">The runtime's <c>AirflowValueReaders</c>, to see which readers the referenced build has.</param>
        /// <param name="context">The JSON context for the user's own types; <c>null</c>: reflection.</param>
        /// <param name="contextIsTheVariables">Whether the variable names the context itself (else it is the class's).</param>
        public ReaderExpressions(INamedTypeSymbol? runtimeReaders, INamedTypeSymbol? context, bool contextIsTheVariables)
        {
            _runtimeReaders = runtimeReaders;
            _context = context is null ? null : VariableTypes.FullName(context);
            Context = context;
            ContextIsTheVariables = contextIsTheVariables;
        }

        public INamedTypeSymbol? Context { get; }

        public bool ContextIsTheVariables { get; }

        /// <summary>The user's types met (classes, records, structs), each read through the context or by reflection.</summary>
        public List<ITypeSymbol> OwnTypes { get; } = new List<ITypeSymbol>();

        public bool UsesReflection => Context is null && OwnTypes.Count > 0;

        /// <summary>The reader of <paramref name="type"/>, a type <see cref="VariableTypes.WhyUnsupported"/> accepts.</summary>
        public string For(ITypeSymbol type)
        {
            string? known = Known(type);
            if (known != null) return Readers + known;

            switch (type)
            {
                case IArrayTypeSymbol array:
                    return Readers + "Array(" + For(array.ElementType) + ")";
                case INamedTypeSymbol { TypeKind: TypeKind.Enum } named:
                    return Readers + "Enum<" + VariableTypes.FullName(named) + ">()";
                case INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable:
                    return Readers + "Nullable(" + For(nullable.TypeArguments[0]) + ")";
                case INamedTypeSymbol named when VariableTypes.IsSequence(named):
                    return Readers + "Collection<" + VariableTypes.FullName(named) + ", " + VariableTypes.FullName(named.TypeArguments[0]) + ">("
                        + For(named.TypeArguments[0]) + ")";
                case INamedTypeSymbol named when VariableTypes.IsDictionary(named):
                    return Readers + "Dictionary<" + VariableTypes.FullName(named) + ", " + VariableTypes.FullName(named.TypeArguments[1]) + ">("
                        + For(named.TypeArguments[1]) + ")";
            }

            OwnTypes.Add(type);
            string name = VariableTypes.FullName(type);
            return _context != null
                ? Readers + "FromContext<" + name + ">(" + _context + ".Default)"
                : Readers + "Reflection<" + name + ">()";
        }

        // The name of the runtime's reader of a type it knows, or null.
        private string? Known(ITypeSymbol type)
        {
            switch (type.SpecialType)
            {
                case SpecialType.System_Boolean: return "Boolean";
                case SpecialType.System_Char: return "Char";
                case SpecialType.System_SByte: return "SByte";
                case SpecialType.System_Byte: return "Byte";
                case SpecialType.System_Int16: return "Int16";
                case SpecialType.System_UInt16: return "UInt16";
                case SpecialType.System_Int32: return "Int32";
                case SpecialType.System_UInt32: return "UInt32";
                case SpecialType.System_Int64: return "Int64";
                case SpecialType.System_UInt64: return "UInt64";
                case SpecialType.System_Single: return "Single";
                case SpecialType.System_Double: return "Double";
                case SpecialType.System_Decimal: return "Decimal";
                case SpecialType.System_String: return "String";
                case SpecialType.System_DateTime: return "DateTime";
            }

            string? name;
            switch (type.ToDisplayString())
            {
                case "System.DateTimeOffset": name = "DateTimeOffset"; break;
                case "System.TimeSpan": name = "TimeSpan"; break;
                case "System.Guid": name = "Guid"; break;
                case "System.Uri": name = "Uri"; break;
                case "System.DateOnly": name = "DateOnly"; break;
                case "System.TimeOnly": name = "TimeOnly"; break;
                case "System.Text.Json.JsonElement": name = "JsonElement"; break;
                case "System.Text.Json.Nodes.JsonNode": name = "JsonNode"; break;
                case "System.Text.Json.Nodes.JsonObject": name = "JsonObject"; break;
                case "System.Text.Json.Nodes.JsonArray": name = "JsonArray"; break;
                default: return null;
            }

            // A netstandard2.0 consumer with a DateOnly of its own (a polyfill) gets the reflection reader.
            if (NetOnly.Contains(name) && (_runtimeReaders is null || _runtimeReaders.GetMembers(name).IsEmpty)) return null;
            return name;
        }
    }
}
