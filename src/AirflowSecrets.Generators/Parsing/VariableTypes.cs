using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AirflowSecrets.Generators.Parsing
{
    /// <summary>Which types a variable can be read into from JSON, and which default values fit them.</summary>
    internal static class VariableTypes
    {
        private static readonly string[] SupportedSystemTypes =
        {
            "System.TimeSpan", "System.DateTimeOffset", "System.Guid", "System.Uri", "System.DateOnly", "System.TimeOnly",
            "System.Text.Json.JsonElement", "System.Text.Json.Nodes.JsonNode", "System.Text.Json.Nodes.JsonObject", "System.Text.Json.Nodes.JsonArray",
        };

        private static readonly string[] SequenceTypes =
        {
            "System.Collections.Generic.List<T>", "System.Collections.Generic.IList<T>", "System.Collections.Generic.IReadOnlyList<T>",
            "System.Collections.Generic.ICollection<T>", "System.Collections.Generic.IReadOnlyCollection<T>", "System.Collections.Generic.IEnumerable<T>",
            "System.Collections.Generic.HashSet<T>", "System.Collections.Generic.ISet<T>",
        };

        private static readonly string[] DictionaryTypes =
        {
            "System.Collections.Generic.Dictionary<TKey, TValue>", "System.Collections.Generic.IDictionary<TKey, TValue>",
            "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>",
        };

        /// <summary>A list, set or other sequence interface System.Text.Json fills from a JSON array.</summary>
        public static bool IsSequence(INamedTypeSymbol type) => type.IsGenericType && SequenceTypes.Contains(type.OriginalDefinition.ToDisplayString());

        /// <summary>A dictionary (or dictionary interface) System.Text.Json fills from a JSON object.</summary>
        public static bool IsDictionary(INamedTypeSymbol type) => type.IsGenericType && DictionaryTypes.Contains(type.OriginalDefinition.ToDisplayString());

        /// <summary>Returns <c>null</c> when the type can be read from JSON, else why not (for AFS008).</summary>
        public static string? WhyUnsupported(ITypeSymbol type)
        {
            switch (type.SpecialType)
            {
                case SpecialType.System_Boolean:
                case SpecialType.System_Char:
                case SpecialType.System_SByte:
                case SpecialType.System_Byte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                case SpecialType.System_Decimal:
                case SpecialType.System_String:
                case SpecialType.System_DateTime:
                    return null;
                case SpecialType.System_Object:
                    return "object says nothing about the JSON's shape; use JsonElement, a dictionary or a class";
            }

            switch (type)
            {
                case IArrayTypeSymbol array:
                    return array.Rank != 1 ? "only one-dimensional arrays are read from JSON" : WhyUnsupported(array.ElementType);
                case ITypeParameterSymbol:
                    return "a type parameter is only known at run time";
                case IPointerTypeSymbol:
                case IFunctionPointerTypeSymbol:
                    return "pointers cannot be read from JSON";
                case IDynamicTypeSymbol:
                    return "dynamic says nothing about the JSON's shape; use JsonElement, a dictionary or a class";
                case INamedTypeSymbol named:
                    return WhyUnsupported(named);
                default:
                    return "it is not a type JSON can be read into";
            }
        }

        private static string? WhyUnsupported(INamedTypeSymbol type)
        {
            if (type.TypeKind == TypeKind.Enum) return null;
            if (type.TypeKind == TypeKind.Delegate) return "delegates cannot be read from JSON";
            if (type.IsRefLikeType) return "ref structs cannot be read from JSON";
            if (type.IsUnboundGenericType) return "an open generic type cannot be read";

            string definition = type.OriginalDefinition.ToDisplayString();
            if (type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            {
                return WhyUnsupported(type.TypeArguments[0]);
            }

            if (SupportedSystemTypes.Contains(type.ToDisplayString())) return null;
            if (SequenceTypes.Contains(definition)) return WhyUnsupported(type.TypeArguments[0]);
            if (DictionaryTypes.Contains(definition))
            {
                return type.TypeArguments[0].SpecialType != SpecialType.System_String
                    ? "dictionary keys read from JSON object names must be strings"
                    : WhyUnsupported(type.TypeArguments[1]);
            }

            string ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
            if (ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal) || ns == "Microsoft" || ns.StartsWith("Microsoft.", StringComparison.Ordinal))
            {
                return type.ToDisplayString() + " is not a type AirflowSecrets reads from JSON";
            }

            if (type.TypeKind == TypeKind.Interface) return "an interface cannot be created from JSON; use a class, record or struct";
            if (type.IsAbstract) return "an abstract class cannot be created from JSON";
            if (type.IsStatic) return "a static class cannot be created";
            if (type.TypeKind != TypeKind.Class && type.TypeKind != TypeKind.Struct) return "it is not a class, record or struct";
            if (type.TypeKind == TypeKind.Class && !type.InstanceConstructors.Any(c => c.DeclaredAccessibility == Accessibility.Public))
            {
                return "it has no public constructor for System.Text.Json to call";
            }

            return null;
        }

        /// <summary>
        /// Turns an attribute's <c>Default</c> into a C# expression of <paramref name="type"/> (<c>null</c> type: raw
        /// text, a string). Returns <c>null</c> with <paramref name="why"/> set when it does not fit.
        /// </summary>
        public static string? DefaultExpression(TypedConstant value, ITypeSymbol? type, out string? why)
        {
            why = null;
            object? constant = value.Kind == TypedConstantKind.Array ? null : value.Value;
            if (value.Kind == TypedConstantKind.Array)
            {
                why = "an array cannot be a default value";
                return null;
            }

            if (type is null || type.SpecialType == SpecialType.System_String)
            {
                if (constant is string text) return Literal(text);
                why = "the variable is text, so the default must be a string";
                return null;
            }

            if (type.TypeKind == TypeKind.Enum)
            {
                if (value.Type != null && SymbolEqualityComparer.Default.Equals(value.Type, type) && constant != null)
                {
                    IFieldSymbol? member = type.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, constant));
                    return member != null
                        ? FullName(type) + "." + member.Name
                        : "((" + FullName(type) + ")(" + Convert.ToString(constant, CultureInfo.InvariantCulture) + "))";
                }

                why = "the default must be a member of " + type.ToDisplayString();
                return null;
            }

            switch (type.SpecialType)
            {
                case SpecialType.System_Boolean:
                    if (constant is bool flag) return flag ? "true" : "false";
                    break;
                case SpecialType.System_Char:
                    if (constant is char c) return SymbolDisplay.FormatLiteral(c, quote: true);
                    break;
                case SpecialType.System_SByte:
                case SpecialType.System_Byte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                    return Integral(constant, type, out why);
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                    if (IsNumber(constant))
                    {
                        double number = Convert.ToDouble(constant, CultureInfo.InvariantCulture);
                        return (type.SpecialType == SpecialType.System_Single ? "(float)" : string.Empty) + DoubleLiteral(number);
                    }

                    break;
                case SpecialType.System_Decimal:
                    if (constant is string decimalText && decimal.TryParse(decimalText, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal parsed))
                    {
                        return parsed.ToString(CultureInfo.InvariantCulture) + "m";
                    }

                    if (IsNumber(constant) && !(constant is double d && (double.IsNaN(d) || double.IsInfinity(d))) && !(constant is float f && (float.IsNaN(f) || float.IsInfinity(f))))
                    {
                        return Convert.ToDecimal(constant, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + "m";
                    }

                    why = "a decimal default is a number or a string such as \"12.50\"";
                    return null;
                case SpecialType.System_DateTime:
                    return Parsed(constant, "System.DateTime", s => DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _),
                        "global::System.DateTime.Parse({0}, global::System.Globalization.CultureInfo.InvariantCulture, global::System.Globalization.DateTimeStyles.RoundtripKind)", out why);
            }

            switch (type.ToDisplayString())
            {
                case "System.TimeSpan":
                    return Parsed(constant, "System.TimeSpan", s => TimeSpan.TryParse(s, CultureInfo.InvariantCulture, out _),
                        "global::System.TimeSpan.Parse({0}, global::System.Globalization.CultureInfo.InvariantCulture)", out why);
                case "System.DateTimeOffset":
                    return Parsed(constant, "System.DateTimeOffset", s => DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                        "global::System.DateTimeOffset.Parse({0}, global::System.Globalization.CultureInfo.InvariantCulture)", out why);
                case "System.Guid":
                    return Parsed(constant, "System.Guid", s => Guid.TryParse(s, out _), "global::System.Guid.Parse({0})", out why);
            }

            if (why is null)
            {
                why = type.SpecialType != SpecialType.None
                    ? "the default must be a " + type.ToDisplayString() + " constant"
                    : type.ToDisplayString() + " values cannot be written in an attribute; make the variable Optional and fall back in code";
            }

            return null;
        }

        public static string FullName(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

        public static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

        private static string? Integral(object? constant, ITypeSymbol type, out string? why)
        {
            why = null;
            if (constant is null || !IsInteger(constant))
            {
                why = "the default must be a whole number";
                return null;
            }

            decimal value = Convert.ToDecimal(constant, CultureInfo.InvariantCulture);
            decimal min, max;
            switch (type.SpecialType)
            {
                case SpecialType.System_SByte: (min, max) = (sbyte.MinValue, sbyte.MaxValue); break;
                case SpecialType.System_Byte: (min, max) = (byte.MinValue, byte.MaxValue); break;
                case SpecialType.System_Int16: (min, max) = (short.MinValue, short.MaxValue); break;
                case SpecialType.System_UInt16: (min, max) = (ushort.MinValue, ushort.MaxValue); break;
                case SpecialType.System_Int32: (min, max) = (int.MinValue, int.MaxValue); break;
                case SpecialType.System_UInt32: (min, max) = (uint.MinValue, uint.MaxValue); break;
                case SpecialType.System_Int64: (min, max) = (long.MinValue, long.MaxValue); break;
                default: (min, max) = (ulong.MinValue, ulong.MaxValue); break;
            }

            if (value < min || value > max)
            {
                why = value.ToString(CultureInfo.InvariantCulture) + " is outside the range of " + type.ToDisplayString();
                return null;
            }

            return "((" + type.ToDisplayString() + ")(" + value.ToString(CultureInfo.InvariantCulture) + "))";
        }

        private static string? Parsed(object? constant, string typeName, Func<string, bool> tryParse, string format, out string? why)
        {
            why = null;
            if (constant is string text && tryParse(text)) return string.Format(CultureInfo.InvariantCulture, format, Literal(text));
            why = constant is string
                ? "the text does not parse as a " + typeName + " (invariant culture)"
                : "a " + typeName + " default is written as a string in invariant format";
            return null;
        }

        private static bool IsInteger(object value) =>
            value is sbyte || value is byte || value is short || value is ushort || value is int || value is uint || value is long || value is ulong;

        private static bool IsNumber(object? value) => value != null && (IsInteger(value) || value is float || value is double || value is decimal);

        private static string DoubleLiteral(double value)
        {
            if (double.IsNaN(value)) return "global::System.Double.NaN";
            if (double.IsPositiveInfinity(value)) return "global::System.Double.PositiveInfinity";
            if (double.IsNegativeInfinity(value)) return "global::System.Double.NegativeInfinity";
            string text = value.ToString("R", CultureInfo.InvariantCulture);
            return value < 0 ? "(" + text + "D)" : text + "D";
        }
    }
}
