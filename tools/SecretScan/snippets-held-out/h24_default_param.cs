public static class Ftp
{
    public static void Upload(string host, string user = "deploy", string password = "Dpl0y!Ftp#77") { } // expect: AFS101
    public static void Run() { Upload("ftp.contoso.com"); Upload("ftp2.contoso.com"); }
}
