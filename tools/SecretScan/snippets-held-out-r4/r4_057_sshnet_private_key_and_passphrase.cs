using System.Text;
using Renci.SshNet;

namespace Deploy.Agent;

public static class Bastion
{
    private const string Key = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nuMcXk267f2JBvVgHPHzv2H97JQdH/70UlCZP0SQRR9FBn5ARhShLGEPgNlyVPnyvMVZY/5\nxdje/90FWHlSLJULI0emqlYgGyAIAa/fumXl1uMDEC5/BFNV0KAvDBSdUx6CYJpHZFmO8J\n0ZKMbspHoKjWeWvPJTMpkoXv5I0ELD+cN4dJtwjdQj2yXSPuSeTmFfq9soDd1hOkrnZTwe\n1ZlBWzejcWwlyaXW2hARJ3mp3QB6dOFnF4M1F/naS4BZ0rdsUAJhPpdabWGhizlaXhfsES\n5bVpAhQ2LgRCj7N+uG7XxIciJhW8kYmAzfWU1xU9f/6AHsuViG\n-----END OPENSSH PRIVATE KEY-----";  // expect: AFS104

    public static SshClient Connect()
    {
        var keyFile = new PrivateKeyFile(new MemoryStream(Encoding.UTF8.GetBytes(Key)), "falcon meadow tundra lumen 45");  // expect: AFS101
        return new SshClient("bastion.prod.contoso.net", "deploy", keyFile);
    }
}
