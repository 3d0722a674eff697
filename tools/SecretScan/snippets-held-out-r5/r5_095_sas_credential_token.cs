using System;
using Azure;
using Azure.Storage.Queues;
public static class Jobs
{
    public static QueueClient Queue() => new QueueClient(new Uri("https://jobsacme.queue.core.windows.net/render"),
        new AzureSasCredential("sv=2022-11-02&ss=q&srt=o&sp=rap&se=2027-01-01T00:00:00Z&sig=2UVPDf8OyOTJSVwFOEQBeTvk4PQQCwhV27lNVbodPQg%3D")); // expect: secret
}
