using MySqlConnector;

namespace Forum.Data;

public static class ForumDb
{
    public static MySqlConnection Create() => new("Server=mysql.forum.internal;Port=3306;Database=forum;Uid=forum_web;Pwd=xzTDChCVH7w-pBomAc;SslMode=Required"); // expect: AFS103
}
