using SlackNet;

namespace ChatOps;

public static class SlackFactory
{
    private const string BotToken = "xoxb-896195826311-2284255331759-oRdqShHZqEIjfWlwtFLAcBEZ";  // expect: AFS104

    public static ISlackApiClient Create() => new SlackServiceBuilder().UseApiToken(BotToken).GetApiClient();
}
