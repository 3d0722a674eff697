using Microsoft.Extensions.Configuration;
public static class Connections
{
    public static string Orders(IConfiguration c) => c.GetConnectionString("OrdersDb") ?? throw new System.InvalidOperationException("ConnectionStrings:OrdersDb is missing");
    public static IConfigurationSection Smtp(IConfiguration c) => c.GetSection("Smtp:Credentials");
}
