public sealed record SmtpSettings(string Host, int Port, string User, string Password);
public static class Defaults
{
    public static readonly SmtpSettings Relay =
        new SmtpSettings("relay.northwind-mail.test", 587, "notifier", "Uf7BbqfQq$e2KfUFb*a4"); // expect: AFS101
}
