using Twilio;
using Twilio.Rest.Api.V2010.Account;

namespace Alerts.Sms;

public static class SmsSender
{
    static SmsSender()
    {
        TwilioClient.Init("AC36679725f7cf563bdd64538a3f261ace", "7d5fd9b87e3d2d22228fe6a908323287");  // expect: AFS101
    }

    public static Task<MessageResource> SendAsync(string to, string body) =>
        MessageResource.CreateAsync(to: new Twilio.Types.PhoneNumber(to), from: new Twilio.Types.PhoneNumber("+447700900123"), body: body);
}
