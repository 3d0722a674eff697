using Tmds.DBus.Protocol;

namespace Linux.Keyring;

public static class SecretService
{
    public const string BusName = "org.freedesktop.secrets";
    public const string ServiceInterface = "org.freedesktop.Secret.Service";
    public const string ItemInterface = "org.freedesktop.Secret.Item";
    public const string DefaultCollection = "/org/freedesktop/secrets/aliases/default";
    public const string SecretStructSignature = "(oayays)";
    public const string GetSecretsSignature = "aoo";

    public static MessageBuffer OpenSession(Connection connection)
    {
        using var writer = connection.GetMessageWriter();
        writer.WriteMethodCallHeader(destination: BusName, path: "/org/freedesktop/secrets", @interface: ServiceInterface, member: "OpenSession", signature: "sv");
        writer.WriteString("plain");
        writer.WriteVariantString("");
        return writer.CreateMessage();
    }
}
