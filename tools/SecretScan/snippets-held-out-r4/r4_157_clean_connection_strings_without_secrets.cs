namespace Infrastructure.Defaults;

public static class LocalEndpoints
{
    public const string Redis = "localhost:6379,abortConnect=false,connectTimeout=2000";
    public const string KafkaBootstrap = "localhost:9092";
    public const string Rabbit = "amqp://localhost:5672/%2F";
    public const string Sqlite = "Data Source=app.db;Cache=Shared;Mode=ReadWriteCreate";
    public const string OracleOsAuth = "User Id=/;Data Source=ora-local:1521/XEPDB1";
    public const string Mongo = "mongodb://localhost:27017/?replicaSet=rs0&directConnection=true";
}
