namespace Deploy.Scripts;

public static class WindowsScripts
{
    public const string SendReport =
        "@echo off\r\n" +
        "blat report.txt -to ops@contoso.test -server smtp.contoso.test -u reports -pw %SMTP_PASSWORD%\r\n";
}
