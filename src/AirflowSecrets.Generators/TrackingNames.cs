namespace AirflowSecrets.Generators
{
    /// <summary>Names of the incremental steps, for tests that check what is cached.</summary>
    internal static class TrackingNames
    {
        public const string Settings = "Settings";
        public const string Extract = "Extract.";
        public const string RemoveNulls = "RemoveNulls.";
        public const string Variables = "Classes.Variable";
        public const string Connections = "Classes.Connection";
        public const string Configs = "Classes.Config";
        public const string WithSettings = "WithSettings.";
        public const string Language = "Language";
        public const string WithLanguage = "WithLanguage.";

        public static string Classes(AirflowSecretKind kind) => AirflowSecretKindInfo.Choose(kind, Variables, Connections, Configs);
    }
}
