namespace Billing.Data;

public static class ConnectionStrings
{
    public static string For(string environment, IConfiguration configuration) => environment switch
    {
        "Staging" => "Server=tcp:sql-billing-stg.database.windows.net;Database=billing;User ID=billing_app;Password=gRG5M1v0!6pxW1TA;Encrypt=True",  // expect: AFS103
        "Perf" => "Server=tcp:sql-billing-perf.database.windows.net;Database=billing;User ID=billing_app;Password=IXhPXIii%0yQWnwu;Encrypt=True",  // expect: AFS103
        _ => configuration.GetConnectionString("Billing") ?? throw new InvalidOperationException("ConnectionStrings:Billing is not set."),
    };
}
