using Azure.Messaging.ServiceBus;

namespace Notifications;

public static class Bus
{
    public static ServiceBusSender CreateSender()
    {
        var client = new ServiceBusClient("Endpoint=sb://contoso-notify.servicebus.windows.net/;SharedAccessKeyName=send-only;SharedAccessKey=KHYX03DWjTuJy//NCkgxsmkTcGjaBexACy3UILYehhM="); // expect: AFS103
        return client.CreateSender("email-outbox");
    }
}
