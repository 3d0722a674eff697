using System;

namespace AirflowSecrets.Python
{
    /// <summary>
    /// Python's <c>ipaddress.ip_address(text)</c> for a string, as <c>urlsplit</c> uses it to check a bracketed
    /// host: strict dotted-quad IPv4 (no leading zeros), IPv6 with at most one <c>::</c>, an optional IPv4 tail
    /// and an optional <c>%scope</c> that is neither empty nor holds another <c>%</c>.
    /// </summary>
    internal static class PyIpAddress
    {
        private const int Hextets = 8;

        public enum Family
        {
            None,
            IPv4,
            IPv6,
        }

        /// <summary>Which kind of address <c>ip_address</c> makes of <paramref name="text"/>; <see cref="Family.None"/> for its ValueError.</summary>
        public static Family Classify(string text)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            if (IsIPv4(text)) return Family.IPv4;
            return IsIPv6(text) ? Family.IPv6 : Family.None;
        }

        // IPv4Address(text): exactly four octets of 1-3 ASCII digits, no leading zero, at most 255.
        private static bool IsIPv4(string text)
        {
            if (text.Length == 0 || text.IndexOf('/') >= 0) return false;
            string[] octets = text.Split('.');
            if (octets.Length != 4) return false;
            foreach (string octet in octets)
            {
                if (!IsOctet(octet)) return false;
            }

            return true;
        }

        private static bool IsOctet(string octet)
        {
            if (octet.Length == 0 || octet.Length > 3) return false;
            foreach (char c in octet)
            {
                if (c < '0' || c > '9') return false;
            }

            if (octet.Length > 1 && octet[0] == '0') return false;
            return int.Parse(octet, System.Globalization.CultureInfo.InvariantCulture) <= 255;
        }

        // IPv6Address(text)
        private static bool IsIPv6(string text)
        {
            if (text.IndexOf('/') >= 0) return false;
            int percent = text.IndexOf('%');
            string address = text;
            if (percent >= 0)
            {
                string scope = text.Substring(percent + 1);
                if (scope.Length == 0 || scope.IndexOf('%') >= 0) return false;
                address = text.Substring(0, percent);
            }

            if (address.Length == 0) return false;
            var parts = new System.Collections.Generic.List<string>(address.Split(':'));
            if (parts.Count < 3) return false;

            // An IPv4 tail stands for the last two hextets.
            if (parts[parts.Count - 1].IndexOf('.') >= 0)
            {
                if (!IsIPv4(parts[parts.Count - 1])) return false;
                parts[parts.Count - 1] = "0";
                parts.Add("0");
            }

            if (parts.Count > Hextets + 1) return false;

            // A '::' is an empty part between the ends; at most one.
            int skipIndex = -1;
            for (int i = 1; i < parts.Count - 1; i++)
            {
                if (parts[i].Length != 0) continue;
                if (skipIndex >= 0) return false;
                skipIndex = i;
            }

            int first;
            int last;
            if (skipIndex >= 0)
            {
                int partsHigh = skipIndex;
                int partsLow = parts.Count - skipIndex - 1;
                if (parts[0].Length == 0 && --partsHigh != 0) return false;
                if (parts[parts.Count - 1].Length == 0 && --partsLow != 0) return false;
                if (Hextets - (partsHigh + partsLow) < 1) return false;
                for (int i = 0; i < partsHigh; i++)
                {
                    if (!IsHextet(parts[i])) return false;
                }

                first = parts.Count - partsLow;
                last = parts.Count;
            }
            else
            {
                if (parts.Count != Hextets) return false;
                first = 0;
                last = parts.Count;
            }

            for (int i = first; i < last; i++)
            {
                if (!IsHextet(parts[i])) return false;
            }

            return true;
        }

        // One to four ASCII hex digits.
        private static bool IsHextet(string hextet)
        {
            if (hextet.Length == 0 || hextet.Length > 4) return false;
            foreach (char c in hextet)
            {
                bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
                if (!hex) return false;
            }

            return true;
        }
    }
}
