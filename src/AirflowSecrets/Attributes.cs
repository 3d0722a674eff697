using System;

namespace AirflowSecrets
{
    /// <summary>
    /// Declares an Airflow Variable on a <c>partial</c> class; the AirflowSecrets source generator adds a typed
    /// accessor (<c>Get{Name}Async</c>), a property of the class's <c>Snapshot</c>, and an entry in its
    /// <c>Secrets</c> list. Without a type the variable is read as raw text (<c>Variable.get(key)</c>); with one it is
    /// read as JSON (<c>Variable.get(key, deserialize_json=True)</c>) into that type.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class AirflowVariableAttribute : Attribute
    {
        /// <summary>A variable read as raw text.</summary>
        /// <param name="key">The variable key, as Airflow code spells it (e.g. <c>my_var</c>).</param>
        public AirflowVariableAttribute(string key)
        {
            Key = key;
        }

        /// <summary>A variable read as JSON into <paramref name="type"/>.</summary>
        /// <param name="key">The variable key, as Airflow code spells it.</param>
        /// <param name="type">
        /// <c>string</c> (raw text), a number type, <c>bool</c>, <c>char</c>, <c>TimeSpan</c>, <c>DateTimeOffset</c>,
        /// <c>DateTime</c>, <c>DateOnly</c>, <c>TimeOnly</c>, <c>Guid</c>, <c>Uri</c>, <c>JsonElement</c>, <c>JsonNode</c>, an
        /// enum, an array, list or set of these, a dictionary with string keys, or a class, record or struct System.Text.Json
        /// can create (through <see cref="JsonContext"/> in trimmed and Native AOT applications). A <c>Nullable&lt;T&gt;</c>
        /// makes the variable optional.
        /// </param>
        public AirflowVariableAttribute(string key, Type type)
        {
            Key = key;
            Type = type;
        }

        /// <summary>The variable key.</summary>
        public string Key { get; }

        /// <summary>The type the JSON value is read into; <c>null</c> for raw text.</summary>
        public Type? Type { get; }

        /// <summary>The member name to generate, when the one derived from the key (<c>my_var</c> → <c>MyVar</c>) is not wanted or not possible.</summary>
        public string? Name { get; set; }

        /// <summary>The team of a team-scoped variable: its team names are tried first, then the global ones.</summary>
        public string? Team { get; set; }

        /// <summary>The variable may be absent: the member is nullable and <c>null</c> when no backend holds it.</summary>
        public bool Optional { get; set; }

        /// <summary>
        /// The value when no backend holds the variable (<c>default_var</c>): a constant of the variable's type, an enum
        /// member, or for <c>decimal</c>, <c>TimeSpan</c>, <c>DateTimeOffset</c>, <c>DateTime</c> and <c>Guid</c> a string in
        /// invariant format. Checked at build time.
        /// </summary>
        public object? Default { get; set; }

        /// <summary>
        /// A <c>JsonSerializerContext</c> (System.Text.Json source generation) with <c>[JsonSerializable(typeof(…))]</c> for
        /// the classes, records and structs this variable's type holds; the generated code reads them through it, without
        /// reflection, as trimmed and Native AOT applications need. Overrides the class's <see cref="AirflowJsonContextAttribute"/>.
        /// The context's <c>Default</c> instance is used, with property names matched ignoring case and <c>NaN</c> accepted
        /// as in every typed read. Types AirflowSecrets knows (numbers, dates, enums, collections of them…) never need one.
        /// </summary>
        public Type? JsonContext { get; set; }
    }

    /// <summary>
    /// The <c>JsonSerializerContext</c> through which the generated code reads every class, record or struct that the
    /// <see cref="AirflowVariableAttribute"/>s of this class declare (unless a variable names its own
    /// <see cref="AirflowVariableAttribute.JsonContext"/>): no reflection, as trimmed and Native AOT applications need.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class AirflowJsonContextAttribute : Attribute
    {
        /// <summary>Names the context.</summary>
        /// <param name="contextType">A <c>partial class … : JsonSerializerContext</c> with <c>[JsonSerializable(typeof(…))]</c> for the types read.</param>
        public AirflowJsonContextAttribute(Type contextType)
        {
            ContextType = contextType;
        }

        /// <summary>The context.</summary>
        public Type ContextType { get; }
    }

    /// <summary>
    /// Declares an Airflow Connection on a <c>partial</c> class; the source generator adds a typed accessor
    /// returning an <see cref="AirflowConnection"/> parsed from its URI or JSON value.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class AirflowConnectionAttribute : Attribute
    {
        /// <summary>A connection.</summary>
        /// <param name="connId">The connection id, as Airflow code spells it (e.g. <c>postgres_default</c>).</param>
        public AirflowConnectionAttribute(string connId)
        {
            ConnId = connId;
        }

        /// <summary>The connection id.</summary>
        public string ConnId { get; }

        /// <summary>The member name to generate, when the one derived from the id is not wanted or not possible.</summary>
        public string? Name { get; set; }

        /// <summary>The team of a team-scoped connection.</summary>
        public string? Team { get; set; }

        /// <summary>The connection may be absent: the member is nullable.</summary>
        public bool Optional { get; set; }

        /// <summary>
        /// The .NET client the connection is for. When set, the generated class also offers
        /// <c>Get{Name}SettingsAsync</c>: the client's settings, made from the connection as the matching Airflow hook
        /// makes its client's parameters (see <see cref="Clients.AirflowClients.GetSettings(AirflowConnection, Clients.AirflowClientKind, Clients.AirflowClientOptions)"/>).
        /// A client that cannot serve <see cref="ConnType"/> is an error at build time (AFS015); one that cannot serve the
        /// conn_type of an Airflow default connection id such as <c>redis_default</c> is a warning (AFS016).
        /// </summary>
        public Clients.AirflowClientKind Client { get; set; }

        /// <summary>
        /// The conn_type the connection is expected to have (<c>postgres</c>, <c>mssql</c>…), checked with
        /// <see cref="Client"/>: at build time, that the client serves it (AFS015); at run time, by the settings member,
        /// that the connection has it (a connection without a conn_type passes). Without <see cref="Client"/> it checks
        /// nothing (AFS018).
        /// </summary>
        public string? ConnType { get; set; }
    }

    /// <summary>
    /// Declares an Airflow configuration value served by the secrets backend (Key Vault's <c>airflow-config-*</c>)
    /// on a <c>partial</c> class; the source generator adds a string accessor.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class AirflowConfigAttribute : Attribute
    {
        /// <summary>A config value.</summary>
        /// <param name="key">The config key as the backend looks it up (e.g. <c>sql_alchemy_conn</c>).</param>
        public AirflowConfigAttribute(string key)
        {
            Key = key;
        }

        /// <summary>The config key.</summary>
        public string Key { get; }

        /// <summary>The member name to generate, when the one derived from the key is not wanted or not possible.</summary>
        public string? Name { get; set; }

        /// <summary>The value may be absent: the member is nullable.</summary>
        public bool Optional { get; set; }

        /// <summary>The value when no backend holds the key.</summary>
        public string? Default { get; set; }
    }
}
