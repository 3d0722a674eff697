namespace AirflowSecrets.Generators.Model
{
    /// <summary>
    /// Everything the emitter needs for one attributed class: strings, bools and enums only (no symbols,
    /// syntax or locations), so that the incremental pipeline can compare it by value.
    /// </summary>
    internal sealed record SecretsClassModel(
        string HintName,
        string? Namespace,
        EquatableArray<ContainingTypeModel> ContainingTypes,
        string Declaration,
        string DisplayName,
        string ConstructorName,
        EquatableArray<SecretMemberModel> Members);

    /// <summary>A type the class is nested in: its partial declaration head, e.g. <c>partial class Outer&lt;T&gt;</c>.</summary>
    internal sealed record ContainingTypeModel(string Declaration);

    /// <summary>One declared secret and the member generated for it.</summary>
    /// <param name="Kind">Variable, connection or config.</param>
    /// <param name="Key">The key as Airflow code spells it.</param>
    /// <param name="Team">The team of a team-scoped lookup.</param>
    /// <param name="MemberName">The generated name, e.g. <c>MyVar</c>.</param>
    /// <param name="ValueType">For a typed variable, the fully qualified type read from JSON; <c>null</c> for raw text, connections and config.</param>
    /// <param name="IsValueType">Whether <paramref name="ValueType"/> is a value type.</param>
    /// <param name="Optional">Whether the member is nullable because the secret may be absent.</param>
    /// <param name="DefaultExpression">A C# expression of the default value, when there is one.</param>
    /// <param name="Reader">
    /// For a typed variable, a C# expression of the <c>AirflowValueReader</c> of <paramref name="ValueType"/> (before an
    /// optional value type is made nullable), e.g. <c>global::AirflowSecrets.AirflowValueReaders.Int32</c>.
    /// </param>
    /// <param name="ReadsByReflection">Whether some type in it has no JSON context and is read by reflection.</param>
    /// <param name="Client">For a connection declared with a <c>Client</c>: the settings member generated for it.</param>
    internal sealed record SecretMemberModel(
        AirflowSecretKind Kind,
        string Key,
        string? Team,
        string MemberName,
        string? ValueType,
        bool IsValueType,
        bool Optional,
        string? DefaultExpression,
        string? Reader,
        bool ReadsByReflection,
        ConnectionClientModel? Client = null);

    /// <summary>The client a connection is declared for (<c>Client</c>, and the <c>ConnType</c> it must have, if declared).</summary>
    /// <param name="Member">The <c>AirflowClientKind</c> member, e.g. <c>Npgsql</c> (see <c>AirflowClientCatalog</c>).</param>
    /// <param name="ConnType">The declared conn_type, as written; <c>null</c> when none is declared.</param>
    internal sealed record ConnectionClientModel(string Member, string? ConnType);

    /// <summary>
    /// The Key Vault prefixes and separator the build assumes (MSBuild properties, Airflow's defaults when unset),
    /// already normalised as Airflow normalises them; a <c>null</c> prefix means that kind is not looked up in the vault.
    /// </summary>
    internal sealed record NamingSettings(string? VariablesPrefix, string? ConnectionsPrefix, string? ConfigPrefix, string Separator)
    {
        public static NamingSettings Default { get; } = new(
            AirflowNaming.DefaultVariablesPrefix, AirflowNaming.DefaultConnectionsPrefix, AirflowNaming.DefaultConfigPrefix, AirflowNaming.DefaultSeparator);

        public string? Prefix(AirflowSecretKind kind) =>
            AirflowSecretKindInfo.Choose(kind, VariablesPrefix, ConnectionsPrefix, ConfigPrefix);
    }
}
