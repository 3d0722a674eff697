namespace Media.Scanner.Smb;

public static class SmbProbe
{
    public static bool CanList(string server)
    {
        var client = new SMB2Client();
        if (!client.Connect(server, SMBTransportType.DirectTCPTransport)) return false;
        var status = client.Login(domainName: "HOMELAB", userName: "scanner", password: "#hhNqP4^UF6Lzv"); // expect: AFS101
        return status == NTStatus.STATUS_SUCCESS;
    }
}
