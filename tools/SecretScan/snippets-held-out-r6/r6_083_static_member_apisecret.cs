namespace Newsletter.Web;

public static class MailjetBootstrap
{
    public static void Configure()
    {
        MailjetSettings.ApiKey = "b0303f97e447f51669000808408d1944";
        MailjetSettings.ApiSecret = "f97577380884d4ec9a5fe52aa53c8007"; // expect: AFS101
        MailjetSettings.Region = "eu";
    }
}
