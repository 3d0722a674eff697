using Microsoft.EntityFrameworkCore;

namespace Shop.Data;

public sealed class ShopContext(DbContextOptions<ShopContext> options) : DbContext(options)
{
    public DbSet<Product> Products => Set<Product>();
}

public static class ShopContextSetup
{
    public static IServiceCollection AddShopDb(this IServiceCollection services) =>
        services.AddDbContext<ShopContext>(o => o.UseMySql(
            "Server=mysql-shop.internal;Port=3306;Database=shop;User=shop_app;Password=8wJh7llX#OiIA19p;SslMode=Required",  // expect: AFS103
            ServerVersion.Parse("8.0.36-mysql")));
}
