using System;
public static class ReportsClientFactory
{
    public static object Create()
    {
        var client = new JsonApiClient("https://reports.contoso-internal.test")
        {
            UserName = "report-runner",
            Password = "0ccY4xn_^jHs=d", // expect: AFS101
            AlwaysSendBasicAuthHeader = true,
        };
        return client;
    }
}
