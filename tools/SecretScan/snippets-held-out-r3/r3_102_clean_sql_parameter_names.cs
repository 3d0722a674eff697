using Dapper;
using Microsoft.Data.SqlClient;

namespace Accounts.Data;

public sealed class UserRepository(SqlConnection db)
{
    private const string UpdatePassword = "UPDATE Users SET PasswordHash = @passwordHash, PasswordChangedAt = SYSUTCDATETIME() WHERE Id = @id";
    private const string FindKey = "SELECT Owner FROM ApiKeys WHERE KeyHash = @apiKeyHash AND RevokedAt IS NULL";

    public Task<int> SetPasswordAsync(Guid id, string passwordHash) =>
        db.ExecuteAsync(UpdatePassword, new { id, passwordHash });

    public Task<string?> OwnerAsync(string apiKeyHash) =>
        db.QuerySingleOrDefaultAsync<string>(FindKey, new { apiKeyHash });

    public static SqlParameter PasswordParameter(string value) => new("@password", value);
}
