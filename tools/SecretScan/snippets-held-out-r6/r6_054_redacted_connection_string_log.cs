using Microsoft.Extensions.Logging;

namespace Store.Data;

public static class ConnectionLog
{
    public static void Write(ILogger logger) =>
        logger.LogInformation("Connecting with {ConnectionString}", "Server=sql-prod-01.store.internal;Database=Store;User Id=store_app;Password=*****;");
}
