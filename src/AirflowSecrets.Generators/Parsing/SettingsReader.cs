using AirflowSecrets.Generators.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AirflowSecrets.Generators.Parsing
{
    /// <summary>Reads the build-time naming settings from the MSBuild properties made visible to the compiler.</summary>
    internal static class SettingsReader
    {
        public static NamingSettings Read(AnalyzerConfigOptions options)
        {
            string separator = Value(options, KnownNames.SeparatorProperty) ?? AirflowNaming.DefaultSeparator;
            return new NamingSettings(
                Prefix(options, KnownNames.VariablesPrefixProperty, AirflowNaming.DefaultVariablesPrefix, separator),
                Prefix(options, KnownNames.ConnectionsPrefixProperty, AirflowNaming.DefaultConnectionsPrefix, separator),
                Prefix(options, KnownNames.ConfigPrefixProperty, AirflowNaming.DefaultConfigPrefix, separator),
                separator);
        }

        /// <summary>The first of <see cref="KnownNames.TrimmingProperties"/> set to <c>true</c> (without its prefix), else <c>null</c>.</summary>
        public static string? TrimmingProperty(AnalyzerConfigOptions options)
        {
            foreach (string property in KnownNames.TrimmingProperties)
            {
                if (string.Equals(Value(options, property), "true", System.StringComparison.OrdinalIgnoreCase)) return property.Substring("build_property.".Length);
            }

            return null;
        }

        private static string? Prefix(AnalyzerConfigOptions options, string property, string airflowDefault, string separator)
        {
            string? value = Value(options, property);
            if (value == KnownNames.DisabledPrefix) return null;
            string prefix = value == KnownNames.NoPrefix ? string.Empty : value ?? airflowDefault;
            return AirflowNaming.NormalizePrefix(prefix, separator);
        }

        private static string? Value(AnalyzerConfigOptions options, string property) =>
            options.TryGetValue(property, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }
}
