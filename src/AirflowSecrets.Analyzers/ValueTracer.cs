using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AirflowSecrets.Analyzers
{
    /// <summary>A string value written in the source: where it is written and what it is (with holes for non-constant parts).</summary>
    internal readonly struct WrittenValue
    {
        public WrittenValue(Location location, string text, string? carrier, bool carrierIsField = false)
        {
            Location = location;
            Text = text;
            Carrier = carrier;
            CarrierIsField = carrierIsField;
        }

        /// <summary>The literal (or the constant's declaration) to report on.</summary>
        public Location Location { get; }

        public string Text { get; }

        /// <summary>The constant, field or local that carries the value, when it is not written at the point of use.</summary>
        public string? Carrier { get; }

        /// <summary>Whether <see cref="Carrier"/> is a field (else a local).</summary>
        public bool CarrierIsField { get; }
    }

    /// <summary>
    /// Follows a value back to the strings written in the source: literals of every kind, <c>const</c> fields and
    /// locals, <c>static readonly</c> fields initialised from literals, locals assigned once, <c>+</c>, interpolation and
    /// <c>string.Concat</c> of constants, the fallbacks of <c>??</c> and <c>?:</c>, and the arms of switch expressions.
    /// </summary>
    internal static class ValueTracer
    {
        /// <summary>The strings a value may come from, each with where it is written. Empty when it is computed at run time.</summary>
        public static List<WrittenValue> Sources(IOperation? value, CancellationToken cancellationToken)
        {
            var found = new List<WrittenValue>();
            Collect(value, found, depth: 0, cancellationToken);
            return found;
        }

        /// <summary>The text of a string-valued expression, with <see cref="ValueFilters.Hole"/> where a part is not constant.</summary>
        /// <param name="operation">The expression.</param>
        /// <param name="followSymbols">
        /// Whether constants and locals count as written here; when false they are holes, so a string is judged by what
        /// is written in it and a constant by its own declaration.
        /// </param>
        /// <param name="cancellationToken">Cancels.</param>
        public static string Evaluate(IOperation? operation, bool followSymbols, CancellationToken cancellationToken) => Evaluate(operation, followSymbols, depth: 0, cancellationToken);

        private static void Collect(IOperation? value, List<WrittenValue> found, int depth, CancellationToken cancellationToken)
        {
            if (value is null || depth > 8) return;
            cancellationToken.ThrowIfCancellationRequested();
            switch (value)
            {
                case IConversionOperation conversion:
                    Collect(conversion.Operand, found, depth + 1, cancellationToken);
                    return;
                case IParenthesizedOperation parenthesized:
                    Collect(parenthesized.Operand, found, depth + 1, cancellationToken);
                    return;
                case ICoalesceOperation coalesce:
                    Collect(coalesce.WhenNull, found, depth + 1, cancellationToken);
                    if (coalesce.Value.ConstantValue.HasValue) Collect(coalesce.Value, found, depth + 1, cancellationToken);
                    return;
                case IConditionalOperation conditional when conditional.WhenFalse != null:
                    Collect(conditional.WhenTrue, found, depth + 1, cancellationToken);
                    Collect(conditional.WhenFalse, found, depth + 1, cancellationToken);
                    return;
                case ISwitchExpressionOperation switchExpression:
                    foreach (ISwitchExpressionArmOperation arm in switchExpression.Arms) Collect(arm.Value, found, depth + 1, cancellationToken);
                    return;
                case IFieldReferenceOperation field:
                    AddField(field.Field, found, cancellationToken);
                    return;
                case IInvocationOperation { TargetMethod.Name: "GetBytes" or "FromBase64String" or "FromHexString" or "ToCharArray" or "AsSpan" or "AsMemory" } passThrough:
                    // Encoding.UTF8.GetBytes("…"), Convert.FromBase64String("…"), Convert.FromHexString("…"), "…".ToCharArray(): the same written value.
                    IOperation? inner = passThrough.Instance is { Type.SpecialType: SpecialType.System_String } instance
                        ? instance
                        : passThrough.Arguments.FirstOrDefault()?.Value;
                    Collect(inner, found, depth + 1, cancellationToken);
                    return;
                case ILocalReferenceOperation local:
                    AddLocal(local, found, depth, cancellationToken);
                    return;
                case ILiteralOperation { ConstantValue.Value: string }:
                case IInterpolatedStringOperation:
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String }:
                case IInvocationOperation { TargetMethod: { Name: "Concat" or "Format", ContainingType.SpecialType: SpecialType.System_String } }:
                case IUtf8StringOperation:
                    // A value made with nameof is a name ($"{nameof(A)}-{nameof(B)}-Ids"), not a credential.
                    if (IsWritten(value) && !value.DescendantsAndSelf().Any(d => d is INameOfOperation))
                    {
                        string text = Evaluate(value, followSymbols: true, depth, cancellationToken);
                        if (text.Length > 0 && text.Any(c => c != ValueFilters.Hole)) found.Add(new WrittenValue(value.Syntax.GetLocation(), text, null));
                    }

                    return;
            }
        }

        // Whether a string expression contains text written in the source (not only references to run-time values).
        private static bool IsWritten(IOperation operation) =>
            operation is ILiteralOperation or IUtf8StringOperation
            || operation.Descendants().Any(d => d is ILiteralOperation { ConstantValue.HasValue: true } or IInterpolatedStringTextOperation);

        private static void AddField(IFieldSymbol field, List<WrittenValue> found, CancellationToken cancellationToken)
        {
            if (!(field.IsConst || (field.IsStatic && field.IsReadOnly)) || field.Type.SpecialType != SpecialType.System_String) return;
            foreach (SyntaxReference reference in field.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: ExpressionSyntax initializer }) continue;
                string? text = field.IsConst && field.HasConstantValue ? field.ConstantValue as string : Syntactic(initializer);
                if (text != null && text.Length > 0) found.Add(new WrittenValue(initializer.GetLocation(), text, field.Name, carrierIsField: true));
            }
        }

        private static void AddLocal(ILocalReferenceOperation reference, List<WrittenValue> found, int depth, CancellationToken cancellationToken)
        {
            ILocalSymbol local = reference.Local;
            if (local.IsConst)
            {
                foreach (SyntaxReference syntax in local.DeclaringSyntaxReferences)
                {
                    if (syntax.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: ExpressionSyntax initializer } && local.ConstantValue is string text)
                    {
                        found.Add(new WrittenValue(initializer.GetLocation(), text, local.Name));
                    }
                }

                return;
            }

            // A local assigned once, in its declaration: follow its initializer within the same body.
            IOperation root = reference;
            while (root.Parent != null) root = root.Parent;
            IVariableInitializerOperation? assigned = null;
            foreach (IOperation operation in root.Descendants())
            {
                if (operation is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local))
                {
                    assigned = declarator.Initializer;
                }
                else if (operation is IAssignmentOperation { Target: ILocalReferenceOperation target } && SymbolEqualityComparer.Default.Equals(target.Local, local))
                {
                    return;
                }
                else if (operation is IArgumentOperation { Value: ILocalReferenceOperation passed } argument
                    && argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out && SymbolEqualityComparer.Default.Equals(passed.Local, local))
                {
                    return;
                }
            }

            if (assigned != null)
            {
                int before = found.Count;
                Collect(assigned.Value, found, depth + 1, cancellationToken);
                for (int i = before; i < found.Count; i++) found[i] = new WrittenValue(found[i].Location, found[i].Text, found[i].Carrier ?? local.Name);
            }
        }

        private static string Evaluate(IOperation? operation, bool followSymbols, int depth, CancellationToken cancellationToken)
        {
            if (operation is null || depth > 16) return ValueFilters.Hole.ToString();
            if (!followSymbols && operation is IFieldReferenceOperation or ILocalReferenceOperation) return ValueFilters.Hole.ToString();
            if (operation.ConstantValue.HasValue && (followSymbols || operation is ILiteralOperation or INameOfOperation))
            {
                return operation.ConstantValue.Value is string constant ? constant : operation.ConstantValue.Value?.ToString() ?? string.Empty;
            }

            switch (operation)
            {
                case IUtf8StringOperation utf8:
                    return utf8.Value;
                case IConversionOperation conversion:
                    return Evaluate(conversion.Operand, followSymbols, depth + 1, cancellationToken);
                case IParenthesizedOperation parenthesized:
                    return Evaluate(parenthesized.Operand, followSymbols, depth + 1, cancellationToken);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary:
                    return Evaluate(binary.LeftOperand, followSymbols, depth + 1, cancellationToken) + Evaluate(binary.RightOperand, followSymbols, depth + 1, cancellationToken);
                case IInterpolatedStringOperation interpolated:
                    var text = new StringBuilder();
                    foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
                    {
                        if (part is IInterpolatedStringTextOperation literal) text.Append(Evaluate(literal.Text, followSymbols, depth + 1, cancellationToken));
                        else if (part is IInterpolationOperation hole) text.Append(hole.Alignment is null && hole.FormatString is null ? Evaluate(hole.Expression, followSymbols, depth + 1, cancellationToken) : ValueFilters.Hole.ToString());
                    }

                    return text.ToString();
                case IInvocationOperation { TargetMethod: { Name: "Concat", ContainingType.SpecialType: SpecialType.System_String } } concat:
                    var joined = new StringBuilder();
                    foreach (IArgumentOperation argument in concat.Arguments)
                    {
                        if (argument.Value is IArrayCreationOperation { Initializer: not null } array)
                        {
                            foreach (IOperation element in array.Initializer.ElementValues) joined.Append(Evaluate(element, followSymbols, depth + 1, cancellationToken));
                        }
                        else
                        {
                            joined.Append(Evaluate(argument.Value, followSymbols, depth + 1, cancellationToken));
                        }
                    }

                    return joined.ToString();
                case IInvocationOperation { TargetMethod: { Name: "Format", ContainingType.SpecialType: SpecialType.System_String } } format:
                    return EvaluateFormat(format, followSymbols, depth, cancellationToken);
                case IFieldReferenceOperation { Field: { IsStatic: true, IsReadOnly: true } field } when field.Type.SpecialType == SpecialType.System_String:
                    foreach (SyntaxReference reference in field.DeclaringSyntaxReferences)
                    {
                        if (reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: ExpressionSyntax initializer })
                        {
                            return Syntactic(initializer) ?? ValueFilters.Hole.ToString();
                        }
                    }

                    return ValueFilters.Hole.ToString();
                case ILocalReferenceOperation local:
                    var sources = new List<WrittenValue>();
                    AddLocal(local, sources, depth, cancellationToken);
                    return sources.Count == 1 ? sources[0].Text : ValueFilters.Hole.ToString();
                default:
                    return ValueFilters.Hole.ToString();
            }
        }

        /// <summary>
        /// The <c>string.Format</c> or <c>string.Concat</c> call an operation is an argument of (an argument, possibly inside the params array,
        /// possibly converted to <c>object</c>), or <c>null</c>.
        /// </summary>
        public static IInvocationOperation? FormatCall(IOperation operation)
        {
            IOperation? current = operation;
            while (current is IConversionOperation or IArrayInitializerOperation or IArrayCreationOperation) current = current.Parent;
            return current is IArgumentOperation { Parent: IInvocationOperation { TargetMethod: { Name: "Format" or "Concat", ContainingType.SpecialType: SpecialType.System_String } } format } ? format : null;
        }

        // string.Format with a constant format: {n} replaced by argument n (a hole where it is not constant, or where an
        // alignment or format string is given).
        private static string EvaluateFormat(IInvocationOperation format, bool followSymbols, int depth, CancellationToken cancellationToken)
        {
            IArgumentOperation? text = format.Arguments.FirstOrDefault(a => a.Parameter?.Name == "format");
            if (text is null) return ValueFilters.Hole.ToString();
            string pattern = Evaluate(text.Value, followSymbols, depth + 1, cancellationToken);
            if (ValueFilters.HasHole(pattern)) return ValueFilters.Hole.ToString();
            var values = new List<IOperation>();
            foreach (IArgumentOperation argument in format.Arguments.Where(a => a.Parameter != null && a.Parameter.Ordinal > text.Parameter!.Ordinal))
            {
                if (argument.Value is IArrayCreationOperation { Initializer: not null } array) values.AddRange(array.Initializer.ElementValues);
                else values.Add(argument.Value);
            }

            var result = new StringBuilder();
            for (int i = 0; i < pattern.Length; i++)
            {
                char c = pattern[i];
                if ((c == '{' || c == '}') && i + 1 < pattern.Length && pattern[i + 1] == c)
                {
                    result.Append(c);
                    i++;
                    continue;
                }

                int close = c == '{' ? pattern.IndexOf('}', i) : -1;
                if (close < 0)
                {
                    result.Append(c);
                    continue;
                }

                string item = pattern.Substring(i + 1, close - i - 1);
                result.Append(int.TryParse(item, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index) && index < values.Count
                    ? Evaluate(values[index], followSymbols, depth + 1, cancellationToken)
                    : ValueFilters.Hole.ToString());
                i = close;
            }

            return result.ToString();
        }

        // The value of a static readonly field's initializer, when it is made of string literals only.
        private static string? Syntactic(ExpressionSyntax expression)
        {
            switch (expression)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.Utf8StringLiteralExpression):
                    return literal.Token.ValueText;
                case ParenthesizedExpressionSyntax parenthesized:
                    return Syntactic(parenthesized.Expression);
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                    string? left = Syntactic(binary.Left);
                    string? right = Syntactic(binary.Right);
                    return left is null || right is null ? null : left + right;
                default:
                    return null;
            }
        }
    }
}
