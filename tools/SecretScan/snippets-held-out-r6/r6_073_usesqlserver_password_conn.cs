using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Store.Data;

public static class DataSetup
{
    public static void AddStoreData(this IServiceCollection services) =>
        services.AddDbContext<StoreContext>(o => o.UseSqlServer(
            "Server=tcp:sql-prod-01.store.internal,1433;Database=Store;User Id=store_app;Password=Birch.Pylon-7402;TrustServerCertificate=True")); // expect: AFS103
}
