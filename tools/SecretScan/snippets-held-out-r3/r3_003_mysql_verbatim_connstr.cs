using MySqlConnector;

namespace Legacy.Shop;

public class ProductRepository
{
    private readonly string _cs = @"Server=.\mysql-shop;Port=3306;Database=shop;Uid=shop_rw;Pwd=m4ple\Syrup#88;SslMode=Preferred;"; // expect: AFS103

    public async Task<int> CountAsync()
    {
        await using var connection = new MySqlConnection(_cs);
        await connection.OpenAsync();
        await using var cmd = new MySqlCommand("SELECT COUNT(*) FROM products", connection);
        return Convert.ToInt32(await cmd.ExecuteScalarAsync());
    }
}
