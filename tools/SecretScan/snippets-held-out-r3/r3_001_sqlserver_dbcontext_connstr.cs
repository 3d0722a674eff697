using Microsoft.EntityFrameworkCore;

namespace Contoso.Billing.Data;

public sealed class BillingDbContext : DbContext
{
    private const string ConnectionString = "Server=tcp:contoso-billing.database.windows.net,1433;Initial Catalog=billing;Persist Security Info=False;User ID=billing_app;Password=Tr4ck-Invoices!2024;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"; // expect: AFS103

    public DbSet<Invoice> Invoices => Set<Invoice>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        if (!optionsBuilder.IsConfigured)
        {
            optionsBuilder.UseSqlServer(ConnectionString, sql => sql.EnableRetryOnFailure());
        }
    }
}

public sealed class Invoice
{
    public int Id { get; set; }
    public decimal Total { get; set; }
}
