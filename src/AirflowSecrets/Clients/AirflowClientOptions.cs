using System;

namespace AirflowSecrets.Clients
{
    /// <summary>
    /// What the Airflow hooks take as constructor arguments rather than from the connection, and the deliberate
    /// deviations a caller can opt into. The defaults reproduce the hooks called with no arguments.
    /// </summary>
    public sealed class AirflowClientOptions
    {
        /// <summary>The defaults: the hooks as Airflow constructs them for a task.</summary>
        public static AirflowClientOptions Default { get; } = new AirflowClientOptions();

        /// <summary>
        /// The database, as PostgresHook's <c>database</c>, MySqlHook's and MsSqlHook's <c>schema</c> and OdbcHook's
        /// <c>database</c> arguments: it replaces the connection's schema. Default: the schema.
        /// </summary>
        public string? Database { get; set; }

        /// <summary>PostgresHook's <c>options</c> argument (libpq <c>options</c>); an <c>options</c> extra still wins.</summary>
        public string? PostgresOptions { get; set; }

        /// <summary>MySqlHook's <c>local_infile</c> argument: allows <c>LOAD DATA LOCAL INFILE</c>.</summary>
        public bool MySqlLocalInfile { get; set; }

        /// <summary>OdbcHook's <c>driver</c> argument (surrounding spaces and braces are stripped).</summary>
        public string? OdbcDriver { get; set; }

        /// <summary>OdbcHook's <c>dsn</c> argument; it wins over a <c>dsn</c> extra.</summary>
        public string? OdbcDsn { get; set; }

        /// <summary>
        /// Airflow's <c>[providers.odbc] allow_driver_in_extra</c>: whether a <c>driver</c> extra is used (and then wins
        /// over <see cref="OdbcDriver"/>). <c>null</c> (the default) reads
        /// <c>AIRFLOW__PROVIDERS_ODBC__ALLOW_DRIVER_IN_EXTRA</c> as Airflow's <c>getboolean</c> does.
        /// </summary>
        public bool? OdbcAllowDriverInExtra { get; set; }

        /// <summary>WasbHook's <c>public_read</c> argument: an anonymous client (after <c>connection_string</c> and <c>tenant_id</c>).</summary>
        public bool BlobPublicRead { get; set; }

        /// <summary>
        /// A deliberate deviation, off by default. Airflow reads flags in extras with Python truthiness, so a URI's
        /// <c>?iam=false</c> or <c>?ssl=false</c> (the string "false") switches the feature <em>on</em>. When set, the
        /// strings <c>true/false</c>, <c>1/0</c>, <c>yes/no</c>, <c>on/off</c> (any case) are read as booleans and any
        /// other string in a flag is an error.
        /// </summary>
        public bool StrictBooleans { get; set; }

        /// <summary>
        /// Reads an environment variable (HttpHook honours <c>REQUESTS_CA_BUNDLE</c> and <c>CURL_CA_BUNDLE</c> when
        /// <c>trust_env</c> is on; OdbcHook reads its configuration). Default: the process environment.
        /// </summary>
        public Func<string, string?>? Environment { get; set; }

        internal string? GetEnvironment(string name) => (Environment ?? System.Environment.GetEnvironmentVariable)(name);
    }
}
