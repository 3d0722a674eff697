using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Shipping.Worker;

public static class BusSetup
{
    public static IServiceCollection AddShippingBus(this IServiceCollection services)
    {
        services.AddMassTransit(x =>
        {
            x.AddConsumer<ShipmentRequestedConsumer>();
            x.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host("rabbitmq.shipping.svc.cluster.local", "/shipping", h =>
                {
                    h.Username("shipping-svc");
                    h.Password("Tundr@b1rch5432");  // expect: AFS101
                });
                cfg.ConfigureEndpoints(context);
            });
        });
        return services;
    }
}
