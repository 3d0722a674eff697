using System.CodeDom.Compiler;
using AirflowSecrets.Clients;
using AirflowSecrets.Generators.Model;
using AirflowSecrets.Generators.Parsing;

namespace AirflowSecrets.Generators.Emit
{
    /// <summary>
    /// Writes <c>Get{Name}SettingsAsync</c> for a connection declared with a <c>Client</c>: one line whose body is a
    /// call into the runtime (<c>AirflowGeneratedClients</c>), under the same C# 7.3 rule as <see cref="SecretsClassEmitter"/>.
    /// </summary>
    internal static class ClientSettingsEmitter
    {
        private const string Clients = "global::AirflowSecrets.Clients.";

        /// <summary>Writes the member after the connection's accessor; nothing for a member without a client.</summary>
        /// <param name="resolver">The expression of the class's resolver, e.g. <c>this.__airflowSecrets</c>.</param>
        public static void Write(IndentedTextWriter w, SecretMemberModel member, string resolver, LanguageLevel language)
        {
            if (member.Client is null || AirflowClientCatalog.ByMember(member.Client.Member) is not AirflowClientInfo client) return;
            string settings = Clients + client.SettingsType;
            string nullable = language.NullableAnnotations ? "?" : string.Empty;
            string connType = member.Client.ConnType is null ? "null" : VariableTypes.Literal(member.Client.ConnType);
            string team = member.Team is null ? "null" : VariableTypes.Literal(member.Team);
            string expects = member.Client.ConnType is null ? string.Empty : ", or its conn_type is not <c>" + Xml(member.Client.ConnType) + "</c>";

            w.WriteLineNoTabs(string.Empty);
            w.WriteLine("/// <summary>The " + client.Display + " settings made from connection <c>" + Xml(member.Key) + "</c>"
                + (member.Team is null ? string.Empty : " for team <c>" + Xml(member.Team) + "</c>") + " as " + client.Hook + " makes them"
                + (member.Optional ? "; <c>null</c> when no backend holds it" : string.Empty) + ".</summary>");
            if (!member.Optional)
            {
                w.WriteLine("/// <exception cref=\"global::AirflowSecrets.AirflowSecretNotFoundException\">No backend holds the connection.</exception>");
            }

            w.WriteLine("/// <exception cref=\"" + Clients + "AirflowClientSettingsException\">" + client.Display + " cannot take the connection" + expects + "; the message names the field, never a value.</exception>");
            w.WriteLine("public global::System.Threading.Tasks.ValueTask<" + settings + (member.Optional ? nullable : string.Empty) + "> Get" + member.MemberName + ClientDeclarations.MemberSuffix
                + "Async(" + Clients + "AirflowClientOptions" + nullable + " options = null, global::System.Threading.CancellationToken cancellationToken = default) => "
                + Clients + "AirflowGeneratedClients." + (member.Optional ? "TryGetSettingsAsync<" : "GetSettingsAsync<") + settings + ">("
                + resolver + ", " + VariableTypes.Literal(member.Key) + ", " + team + ", " + Clients + "AirflowClientKind." + client.Member + ", " + connType
                + ", options, cancellationToken);");
        }

        private static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
    }
}
