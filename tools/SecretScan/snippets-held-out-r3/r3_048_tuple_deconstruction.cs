using Renci.SshNet;

namespace Deploy;

public static class Rollout
{
    public static void Restart(string host)
    {
        var (user, password) = ("deploy", "Rollout-Cedar-808"); // expect: AFS101
        using var ssh = new SshClient(host, user, password);
        ssh.Connect();
        ssh.RunCommand("sudo systemctl restart contoso-api");
    }
}
