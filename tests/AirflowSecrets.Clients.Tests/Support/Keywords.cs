using System.Linq;

namespace AirflowSecrets.Clients.Tests.Support;

internal static class Keywords
{
    /// <summary>The keywords as "Name=Value" strings, in order (values unquoted).</summary>
    public static string[] Of(AirflowClientSettings settings) =>
        ((ConnectionStringSettings)settings).Keywords.Select(k => k.Name + "=" + k.Value).ToArray();

    public static AirflowClientSettingsException Fails(AirflowConnection connection, AirflowClientKind client, AirflowClientOptions? options = null) =>
        Assert.Throws<AirflowClientSettingsException>(() => AirflowClients.GetSettings(connection, client, options));
}
