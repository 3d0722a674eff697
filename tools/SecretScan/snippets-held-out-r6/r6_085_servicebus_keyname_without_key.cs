namespace Orders.Docs;

public static class ServiceBusShapes
{
    public const string KeyNameOnly = "Endpoint=sb://orders-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey";
    public const string Namespace = "orders-prod.servicebus.windows.net";
}
