using Tmds.DBus.Protocol;
public static class Notifications
{
    public static MessageBuffer Build(MessageWriter writer)
    {
        writer.WriteMethodCallHeader(destination: "org.freedesktop.Notifications", path: "/org/freedesktop/Notifications",
            @interface: "org.freedesktop.Notifications", member: "Notify", signature: "susssasa{sv}i");
        return writer.CreateMessage();
    }
}
