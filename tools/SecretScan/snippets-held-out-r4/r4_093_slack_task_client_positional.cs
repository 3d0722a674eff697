using SlackAPI;

namespace Deploy.Notify;

public static class Announcer
{
    public static Task PostAsync(string text)
    {
        var client = new SlackTaskClient("xoxb-125248678379-8952415187054-vLJqOpOaU1rUn9PXZDF4kVua");  // expect: AFS104
        return client.PostMessageAsync("#deployments", text);
    }
}
