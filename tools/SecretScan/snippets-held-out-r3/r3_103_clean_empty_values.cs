namespace Config;

public sealed class LocalDefaults
{
    public string RedisConnection { get; set; } = "localhost:6379,password=,abortConnect=false";
    public string SqliteConnection { get; set; } = "Data Source=app.db;Password=;";
    public string Password { get; set; } = "";
    public string ApiKey { get; set; } = string.Empty;
    public string? ClientSecret { get; set; } = null;
    public string MySql { get; set; } = "Server=localhost;Uid=root;Pwd='';Database=dev";
}
