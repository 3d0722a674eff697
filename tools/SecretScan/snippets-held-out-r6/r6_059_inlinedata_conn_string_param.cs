using Xunit;

namespace Kiosk.Tests;

public class ConnectionFactoryTests
{
    [Theory]
    [InlineData("Host=localhost;Port=55432;Database=kiosk_test;Username=kiosk;Password=Sable-Harvest-44")] // expect: AFS103
    public async Task Opens(string connectionString)
    {
        await using var connection = await new KioskConnectionFactory(connectionString).OpenAsync();
        Assert.Equal(System.Data.ConnectionState.Open, connection.State);
    }
}
