using System;
using System.Collections.Generic;
using AirflowSecrets.Python;

namespace AirflowSecrets.Clients
{
    /// <summary>
    /// A connection's <c>extra_dejson</c> as a hook reads it, with Python's rules (truthiness, <c>str()</c>), and
    /// errors that name the connection, the client and the field. Unlike Airflow, an extra that is not a JSON object
    /// is an error rather than an empty dict: the connection could not mean what its author wrote.
    /// </summary>
    internal sealed class HookExtras
    {
        private static readonly PyValue EmptyDict = PyValue.NewDict();

        private readonly PyValue _dict;

        private HookExtras(AirflowConnection connection, AirflowClientKind client, AirflowClientOptions options, PyValue dict)
        {
            Connection = connection;
            Client = client;
            Options = options;
            _dict = dict;
        }

        public AirflowConnection Connection { get; }

        public AirflowClientKind Client { get; }

        public AirflowClientOptions Options { get; }

        public List<string> Notes { get; } = new List<string>();

        public IReadOnlyList<KeyValuePair<string, PyValue>> Entries => _dict.Entries!;

        public static HookExtras Read(AirflowConnection connection, AirflowClientKind client, AirflowClientOptions? options)
        {
            if (connection is null) throw new ArgumentNullException(nameof(connection));
            options ??= AirflowClientOptions.Default;
            if (string.IsNullOrEmpty(connection.Extra)) return new HookExtras(connection, client, options, EmptyDict);
            PyValue parsed;
            try
            {
                parsed = PyJson.Loads(connection.Extra!);
            }
            catch (PyJsonException)
            {
                throw new AirflowClientSettingsException(connection.ConnId, client, "extra", "is not valid JSON (Airflow would read it as an empty dict and log an error)");
            }

            if (parsed.Kind != PyKind.Dict)
            {
                throw new AirflowClientSettingsException(connection.ConnId, client, "extra", "is a JSON " + parsed.PythonTypeName + ", not an object");
            }

            return new HookExtras(connection, client, options, parsed);
        }

        public static string Field(string key) => "extra '" + key + "'";

        public AirflowClientSettingsException Error(string field, string problem) =>
            new AirflowClientSettingsException(Connection.ConnId, Client, field, problem);

        public AirflowClientSettingsException ExtraError(string key, string problem) => Error(Field(key), problem);

        public void Note(string key, string why) => Notes.Add(Field(key) + " " + why);

        public bool TryGet(string key, out PyValue value) => _dict.TryGetItem(key, out value);

        public PyValue? Get(string key) => _dict.TryGetItem(key, out PyValue value) ? value : null;

        /// <summary>The first key equal to <paramref name="key"/> ignoring case (Airflow's <c>connection_extra_lower</c> keeps the last).</summary>
        public bool TryGetIgnoreCase(string key, out string actualKey, out PyValue value)
        {
            actualKey = key;
            value = PyValue.None;
            bool found = false;
            foreach (KeyValuePair<string, PyValue> entry in Entries)
            {
                if (string.Equals(entry.Key, key, StringComparison.OrdinalIgnoreCase))
                {
                    actualKey = entry.Key;
                    value = entry.Value;
                    found = true;
                }
            }

            return found;
        }

        /// <summary>A flag: Python truthiness, or with <see cref="AirflowClientOptions.StrictBooleans"/> a parsed boolean.</summary>
        public bool Flag(string key, PyValue value)
        {
            if (!Options.StrictBooleans || value.Kind != PyKind.String) return value.IsTruthy;
            switch (value.String!.Trim().ToLowerInvariant())
            {
                case "true": case "1": case "yes": case "on": return true;
                case "false": case "0": case "no": case "off": case "": return false;
                default: throw ExtraError(key, "is not a boolean (strict booleans are on)");
            }
        }

        public bool Flag(string key) => TryGet(key, out PyValue value) && Flag(key, value);

        /// <summary>Python's <c>str()</c> of a scalar; <c>null</c> for a list or a dict.</summary>
        public static string? PyStr(PyValue value)
        {
            switch (value.Kind)
            {
                case PyKind.Null: return "None";
                case PyKind.Bool: return value.Bool ? "True" : "False";
                case PyKind.Int: return value.IntText;
                case PyKind.Float: return PyJson.FloatRepr(value.Float);
                case PyKind.String: return value.String;
                default: return null;
            }
        }

        /// <summary>The text a hook passes on for a scalar extra (<c>str()</c>); an error for a list or a dict.</summary>
        public string Text(string key, PyValue value) =>
            PyStr(value) ?? throw ExtraError(key, "is a JSON " + value.PythonTypeName + " where text is expected");

        /// <summary>Python's <c>int(value)</c> for an int, or a string of decimal digits (surrounding spaces allowed).</summary>
        public int Integer(string key, PyValue value, string expectation = "an integer")
        {
            string? text = value.Kind == PyKind.Int ? value.IntText : value.Kind == PyKind.String ? value.String!.Trim() : null;
            if (text != null && int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int number))
            {
                return number;
            }

            throw ExtraError(key, "is not " + expectation);
        }

        /// <summary>A JSON string that holds a document (URI extras are strings), decoded; otherwise the value.</summary>
        public PyValue DecodeIfString(string key, PyValue value)
        {
            if (value.Kind != PyKind.String) return value;
            try
            {
                return PyJson.Loads(value.String!);
            }
            catch (PyJsonException)
            {
                throw ExtraError(key, "is text that is not valid JSON");
            }
        }
    }
}
