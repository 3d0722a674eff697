namespace Data;

public sealed record DbEndpoint(string Host, int Port, string User, string Password)
{
    public override string ToString() => $"{User}@{Host}:{Port} password='***'";

    public string ForLog() => $"Host={Host};Port={Port};Username={User};Password=******";

    public const string Redacted = "[REDACTED]";
    public const string Mask = "Password=" + Redacted;
}
