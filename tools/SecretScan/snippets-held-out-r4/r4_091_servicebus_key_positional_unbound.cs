namespace Orders.Messaging;

public static class Queues
{
    public static readonly QueueEndpoint[] All =
    {
        new("orders-created", "sb://contoso-orders.servicebus.windows.net/", "RootManageSharedAccessKey", "VCbTctpS4nfBDRW86AmRvX7GuoF8guxpDUL5eBRhraM="),  // expect: AFS104
        new("orders-cancelled", "sb://contoso-orders.servicebus.windows.net/", "listen-only", "gbt5FsYcmOsC/M0rKRGk4izldtUW76M3cEIcvAok3fM="),  // expect: AFS104
    };
}
