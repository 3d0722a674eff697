using Azure.Identity;
using Azure.Storage.Queues;

namespace Batch.Federation;

public static class QueueFactory
{
    public static QueueClient Create(string tenantId, string clientId)
    {
        var credential = new ClientAssertionCredential(tenantId, clientId,
            _ => Task.FromResult("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLm1pY3Jvc29mdG9ubGluZS5jb20vMTk5ODYzZGItYWI2Ni00N2NkLTg2YzItYjFhMGI1OGQyZjIwL3YyLjAiLCJzdWIiOiJfcUhKNHhMbUJvMjQ4Sk5oQk4tZDBzVVlGcWRCT2tvS0RsNDcyOW5HcEZqIiwiYXVkIjoiYXBpOi8vb3JkZXJzIiwiaWF0IjoxNzc5MjU5MzAyLCJuYmYiOjE3NzkyNTkzMDIsImV4cCI6MTgxMDc4NjU0MiwiYXpwIjoiNDYxOTgwYjktMWY2Yy00MDIzLWJmMTQtNzgyNDYxOWY1ZmZiIiwic2NwIjoiYWNjZXNzX2FzX3VzZXIifQ.-8g2o0b71G6-4AjA56ZIaXMzVDlOsUqyLZ6o7BNTd1w"));  // expect: AFS104
        return new QueueClient(new Uri("https://batchfed.queue.core.windows.net/work-items"), credential);
    }
}
