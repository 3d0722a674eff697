using MassTransit;

namespace Orders.Worker;

public static class Bus
{
    public static void Configure(IBusRegistrationConfigurator x, IConfiguration configuration)
    {
        x.UsingRabbitMq((context, cfg) =>
        {
            cfg.Host(configuration["Rabbit:Host"], "/", h =>
            {
                h.Username(configuration["Rabbit:User"]!);
                h.Password(configuration["Rabbit:Password"] ?? throw new InvalidOperationException("Rabbit:Password is not set."));
            });
            cfg.ConfigureEndpoints(context);
        });
    }
}
