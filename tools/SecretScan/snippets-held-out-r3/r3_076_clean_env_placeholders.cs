namespace Deploy.Templates;

public static class Substitutions
{
    public const string Compose = "Host=db;Username=app;Password=${POSTGRES_PASSWORD};Database=app";
    public const string Windows = "Server=sql01;Database=hr;User Id=hr_app;Password=%HR_SQL_PASSWORD%;";
    public const string Pipeline = "Server=tcp:sql-$(Environment).database.windows.net;User ID=deploy;Password=$(SqlAdminPassword);";
    public const string ReplaceTokens = "Endpoint=sb://bus.servicebus.windows.net/;SharedAccessKeyName=app;SharedAccessKey=#{ServiceBusKey}#";
    public const string Octopus = "amqp://app:#{RabbitPassword}@rabbit:5672/";
    public const string XdtToken = "Data Source=db;User ID=app;Password=__DbPassword__;";
    public const string HelmValue = "redis://:{{ .Values.redis.auth.password }}@redis-master:6379/0";
}
