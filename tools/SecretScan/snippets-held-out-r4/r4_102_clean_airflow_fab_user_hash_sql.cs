using Npgsql;

namespace Airflow.Migration;

public static class AdminUserImport
{
    private const string InsertAdmin =
        "INSERT INTO ab_user (first_name, last_name, username, password, active, email) " +
        "VALUES ('Data', 'Platform', 'platform-admin', 'pbkdf2:sha256:600000$P17Ynxo0paYWqi12$a5f8243b2c1fe392f059a8aebf5ed43a83c24554df85ae5bd451e7d9f6d92b5d', true, 'platform@contoso.com') " +
        "ON CONFLICT (username) DO NOTHING";

    public static async Task RunAsync(NpgsqlDataSource airflowDb)
    {
        await using var cmd = airflowDb.CreateCommand(InsertAdmin);
        await cmd.ExecuteNonQueryAsync();
    }
}
