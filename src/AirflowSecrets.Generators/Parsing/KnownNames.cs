namespace AirflowSecrets.Generators.Parsing
{
    /// <summary>Names the generator and analyzers know the runtime by (they never reference the runtime assembly).</summary>
    internal static class KnownNames
    {
        public const string Namespace = "AirflowSecrets";
        public const string JsonContextAttributeName = "AirflowJsonContextAttribute";
        public const string ValueReaders = "AirflowSecrets.AirflowValueReaders";
        public const string JsonSerializerContext = "System.Text.Json.Serialization.JsonSerializerContext";
        public const string JsonSerializableAttribute = "System.Text.Json.Serialization.JsonSerializableAttribute";
        /// <summary>Build properties that mean the output is trimmed or compiled ahead of time, where reflection-based reads break.</summary>
        public static readonly string[] TrimmingProperties =
        {
            "build_property.PublishAot", "build_property.PublishTrimmed", "build_property.IsAotCompatible", "build_property.IsTrimmable",
        };

        public const string VariablesPrefixProperty = "build_property.AirflowSecrets_VariablesPrefix";
        public const string ConnectionsPrefixProperty = "build_property.AirflowSecrets_ConnectionsPrefix";
        public const string ConfigPrefixProperty = "build_property.AirflowSecrets_ConfigPrefix";
        public const string SeparatorProperty = "build_property.AirflowSecrets_Separator";

        /// <summary>The MSBuild value that means "no prefix" (an empty property means "Airflow's default").</summary>
        public const string NoPrefix = "(none)";

        /// <summary>The MSBuild value that means "this kind is not looked up in the vault" (a <c>null</c> prefix in the kwargs).</summary>
        public const string DisabledPrefix = "(disabled)";
    }
}
