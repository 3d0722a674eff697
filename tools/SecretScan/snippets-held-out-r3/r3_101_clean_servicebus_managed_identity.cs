using Azure.Identity;
using Azure.Messaging.ServiceBus;

namespace Notifications;

public static class BusMi
{
    public const string Namespace = "contoso-notify.servicebus.windows.net";
    public const string MiConnection = "Endpoint=sb://contoso-notify.servicebus.windows.net/;Authentication=Managed Identity";
    public const string PolicyNameOnly = "Endpoint=sb://contoso-notify.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey";

    public static ServiceBusClient Create() => new(Namespace, new DefaultAzureCredential());
}
