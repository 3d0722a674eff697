using System.Collections.Generic;
using AirflowSecrets.Clients;
using AirflowSecrets.Generators.Diagnostics;
using AirflowSecrets.Generators.Model;
using Microsoft.CodeAnalysis;

namespace AirflowSecrets.Generators.Parsing
{
    /// <summary>
    /// <c>Client</c> and <c>ConnType</c> on <c>[AirflowConnection]</c>: which client the connection is for, checked against
    /// the conn_types that client serves (the catalog the runtime maps with) at build time (AFS015-AFS018).
    /// </summary>
    internal static class ClientDeclarations
    {
        /// <summary>The runtime's client enum, known by name only.</summary>
        public const string ClientKindMetadataName = "AirflowSecrets.Clients.AirflowClientKind";

        /// <summary>The settings member's name is <c>Get{MemberName}{Suffix}Async</c>.</summary>
        public const string MemberSuffix = "Settings";

        /// <summary>
        /// The client of one connection attribute, or <c>null</c> when none is declared or it is not a client. A conn_type
        /// the client cannot serve is reported and the member still generated: its run-time check gives the same answer.
        /// </summary>
        public static ConnectionClientModel? Read(AttributeData attribute, string connId, TypedConstant? client, string? connType, List<Problem>? problems)
        {
            if (client is null)
            {
                if (connType != null)
                {
                    problems?.Add(new Problem(DiagnosticDescriptors.ConnTypeWithoutClient, attribute, ProblemPlace.NamedArgument, "ConnType",
                        connId, connType, AirflowClientCatalog.ForConnType(connType) is AirflowClientInfo serving
                            ? "set Client = AirflowClientKind." + serving.Member + " to have it checked"
                            : "no client here serves it: remove ConnType"));
                }

                return null;
            }

            AirflowClientInfo? info = MemberName(client.Value) is string member ? AirflowClientCatalog.ByMember(member) : null;
            if (info is null)
            {
                problems?.Add(new Problem(DiagnosticDescriptors.UnknownClient, attribute, ProblemPlace.NamedArgument, "Client",
                    connId, "(AirflowClientKind)" + client.Value.Value));
                return null;
            }

            if (connType != null)
            {
                if (connType.Trim().Length == 0 || !info.Serves(connType))
                {
                    problems?.Add(new Problem(DiagnosticDescriptors.ClientCannotServeConnType, attribute, ProblemPlace.NamedArgument, "Client",
                        connId, connType, info.Display, string.Join(", ", info.ConnTypes), Suggestion(connType)));
                }
            }
            else if (AirflowClientCatalog.DefaultConnType(connId) is string defaultType && !info.Serves(defaultType))
            {
                problems?.Add(new Problem(DiagnosticDescriptors.ClientCannotServeDefaultConnection, attribute, ProblemPlace.NamedArgument, "Client",
                    connId, defaultType, info.Display, Suggestion(defaultType)));
            }

            return new ConnectionClientModel(info.Member, connType);
        }

        /// <summary>
        /// Claims the settings member's name (<c>{MemberName}Settings</c>, as <c>Get…Async</c>) among the class's member
        /// names; on a clash reports AFS007 and returns <c>false</c> (the connection's own accessor stays).
        /// </summary>
        public static bool ClaimMemberName(SecretMemberModel member, AttributeData attribute, Dictionary<string, string> memberNames, List<Problem>? problems)
        {
            string name = member.MemberName + MemberSuffix;
            if (memberNames.TryGetValue(name, out string? owner))
            {
                problems?.Add(new Problem(DiagnosticDescriptors.SameMemberName, attribute, ProblemPlace.Key, null,
                    "Connection", member.Key, name, "for its client settings, as " + owner + " does"));
                return false;
            }

            memberNames.Add(name, "connection '" + member.Key + "' for its client settings");
            return true;
        }

        private static string Suggestion(string connType) => AirflowClientCatalog.ForConnType(connType) is AirflowClientInfo serving
            ? "use Client = AirflowClientKind." + serving.Member
            : "no client here serves it";

        // The enum member a constant names (by value, so the runtime's numbering is never assumed), or null.
        private static string? MemberName(TypedConstant constant)
        {
            if (constant.Kind != TypedConstantKind.Enum || constant.Type is not INamedTypeSymbol type || type.ToDisplayString() != ClientKindMetadataName) return null;
            foreach (ISymbol symbol in type.GetMembers())
            {
                if (symbol is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, constant.Value)) return field.Name;
            }

            return null;
        }
    }
}
