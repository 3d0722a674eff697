using System;
using System.Text;

namespace AirflowSecrets.Python
{
    /// <summary>
    /// CPython 3.11's <c>str</c> methods that Airflow's connection code relies on, on code points (a surrogate
    /// pair is one character, a lone surrogate one of its own) and with CPython's Unicode 14 tables.
    /// </summary>
    internal static class PyText
    {
        /// <summary>The most digits <c>int()</c> and <c>json.loads</c> convert (<c>sys.get_int_max_str_digits()</c>).</summary>
        public const int MaxIntDigits = 4300;

        private const int CapitalSigma = 0x03A3;

        /// <summary>
        /// Python's <c>str.lower()</c>: full case mapping (<c>İ</c> becomes <c>i̇</c>) and the Final_Sigma rule
        /// (<c>Σ</c> after a cased letter and not before one becomes <c>ς</c>, case-ignorable characters skipped).
        /// </summary>
        public static string Lower(string value)
        {
            if (value is null) throw new ArgumentNullException(nameof(value));
            bool ascii = true;
            foreach (char c in value)
            {
                if (c > 0x7F)
                {
                    ascii = false;
                    break;
                }
            }

            if (ascii) return value.ToLowerInvariant();
            var builder = new StringBuilder(value.Length + 2);
            for (int i = 0; i < value.Length;)
            {
                int codePoint = PythonText.CodePointAt(value, i, out int length);
                if (codePoint == CapitalSigma)
                {
                    builder.Append(IsFinalSigma(value, i, i + length) ? '\u03C2' : '\u03C3');
                }
                else
                {
                    PythonText.AppendMapped(builder, codePoint, PyUnicodeData.LowerRuns, PyUnicodeData.LowerMultiKeys, PyUnicodeData.LowerMultiValues);
                }

                i += length;
            }

            return builder.ToString();
        }

        // Final_Sigma: \p{cased} \p{case-ignorable}* SIGMA !( \p{case-ignorable}* \p{cased} ).
        private static bool IsFinalSigma(string s, int start, int end)
        {
            int before = start;
            int codePoint = -1;
            while (before > 0)
            {
                codePoint = PythonText.CodePointBefore(s, before, out int length);
                before -= length;
                if (!InRanges(PyUnicodeData.CaseIgnorableRanges, codePoint)) break;
                codePoint = -1;
            }

            if (codePoint < 0 || !InRanges(PyUnicodeData.CasedRanges, codePoint)) return false;
            int after = end;
            while (after < s.Length)
            {
                codePoint = PythonText.CodePointAt(s, after, out int length);
                after += length;
                if (!InRanges(PyUnicodeData.CaseIgnorableRanges, codePoint)) return !InRanges(PyUnicodeData.CasedRanges, codePoint);
            }

            return true;
        }

        // ranges holds (first, last) pairs, sorted and disjoint.
        private static bool InRanges(int[] ranges, int codePoint)
        {
            int lo = 0;
            int hi = ranges.Length / 2 - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (codePoint < ranges[mid * 2]) hi = mid - 1;
                else if (codePoint > ranges[mid * 2 + 1]) lo = mid + 1;
                else return true;
            }

            return false;
        }

        /// <summary>Python's <c>str.isspace()</c> for one code point (includes U+001C..U+001F and U+0085).</summary>
        public static bool IsSpace(int codePoint) => Array.BinarySearch(PyUnicodeData.Spaces, codePoint) >= 0;

        /// <summary>Python's <c>str.strip()</c>: removes leading and trailing whitespace (<see cref="IsSpace"/>).</summary>
        public static string Strip(string value)
        {
            // Every Python whitespace character lies in the BMP, so UTF-16 units can be tested one by one.
            int start = 0;
            int end = value.Length;
            while (start < end && IsSpace(value[start])) start++;
            while (end > start && IsSpace(value[end - 1])) end--;
            return start == 0 && end == value.Length ? value : value.Substring(start, end - start);
        }

        /// <summary>Python's <c>unicodedata.decimal(ch)</c>: the digit value of a decimal digit of any script, else -1.</summary>
        public static int DecimalValue(int codePoint)
        {
            int[] zeros = PyUnicodeData.DecimalZeros;
            int at = Array.BinarySearch(zeros, codePoint);
            if (at >= 0) return 0;
            int previous = ~at - 1;
            if (previous < 0) return -1;
            int value = codePoint - zeros[previous];
            return value < 10 ? value : -1;
        }

        /// <summary>
        /// Python's <c>int(text)</c> (base 10), as canonical ASCII digits with an optional leading <c>-</c>:
        /// decimal digits of any script (also outside the BMP), single underscores between digits, an optional
        /// sign, and surrounding whitespace, where non-ASCII whitespace counts but of ASCII only
        /// space, <c>\t \n \v \f \r</c> do (CPython reads <c>"\x1c5"</c> as an error and <c>"\u20075"</c> as 5).
        /// More than 4,300 digits is an error, as in CPython 3.11.
        /// </summary>
        public static bool TryParseInt(string text, out string digits)
        {
            digits = string.Empty;
            // CPython first maps non-ASCII whitespace to ' ' and decimal digits to ASCII, stopping at any
            // other non-ASCII character; then it parses the ASCII text.
            var ascii = new StringBuilder(text.Length);
            for (int i = 0; i < text.Length;)
            {
                int codePoint = PythonText.CodePointAt(text, i, out int length);
                i += length;
                if (codePoint < 0x7F)
                {
                    ascii.Append((char)codePoint);
                    continue;
                }

                if (IsSpace(codePoint))
                {
                    ascii.Append(' ');
                    continue;
                }

                int digit = DecimalValue(codePoint);
                if (digit < 0) return false;
                ascii.Append((char)('0' + digit));
            }

            string s = ascii.ToString();
            int pos = 0;
            int stop = s.Length;
            while (pos < stop && IsAsciiSpace(s[pos])) pos++;
            while (stop > pos && IsAsciiSpace(s[stop - 1])) stop--;
            bool negative = false;
            if (pos < stop && (s[pos] == '+' || s[pos] == '-'))
            {
                negative = s[pos] == '-';
                pos++;
            }

            if (pos >= stop || !IsAsciiDigit(s[pos])) return false;
            var result = new StringBuilder(stop - pos);
            int count = 0;
            for (int i = pos; i < stop; i++)
            {
                char c = s[i];
                if (c == '_')
                {
                    // One underscore, between two digits.
                    if (i + 1 >= stop || !IsAsciiDigit(s[i + 1])) return false;
                    continue;
                }

                if (!IsAsciiDigit(c)) return false;
                count++;
                if (result.Length > 0 || c != '0') result.Append(c);
            }

            if (count > MaxIntDigits) return false;
            if (result.Length == 0) result.Append('0');
            digits = negative && result.ToString() != "0" ? "-" + result : result.ToString();
            return true;
        }

        private static bool IsAsciiSpace(char c) => c == ' ' || (c >= '\t' && c <= '\r');

        private static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';

        /// <summary>Python's <c>s[count:]</c>: the string without its first <paramref name="count"/> code points.</summary>
        public static string SkipCodePoints(string s, int count)
        {
            int i = 0;
            while (count-- > 0 && i < s.Length)
            {
                PythonText.CodePointAt(s, i, out int length);
                i += length;
            }

            return s.Substring(i);
        }
    }
}
