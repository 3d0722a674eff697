using System.Threading.Tasks;
using MailKit.Net.Imap;
public class InboxPoller
{
    public async Task PollAsync()
    {
        using var imap = new ImapClient();
        await imap.ConnectAsync("imap.helpdesk-mail.test", 993, true);
        await imap.AuthenticateAsync("tickets@helpdesk-mail.test", "NFE2-7bemvB7KuIFW"); // expect: AFS101
        await imap.DisconnectAsync(true);
    }
}
