using Microsoft.EntityFrameworkCore;

namespace Kiosk.Data;

public sealed class KioskContext : DbContext
{
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        if (!optionsBuilder.IsConfigured)
            optionsBuilder.UseNpgsql("Host=pg.kiosk.internal;Port=5432;Database=kiosk;Username=kiosk;Password=yK0DCZbcWQfPaiW7MX"); // expect: AFS103
    }
}
