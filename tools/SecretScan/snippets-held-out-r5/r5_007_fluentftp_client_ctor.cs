using FluentFTP;
public class PriceFeedUploader
{
    public void Upload(string localPath)
    {
        using var ftp = new FtpClient("ftp.partner-prices.test", "pricefeed", "tZW5Su3fP2s0PpBzjac"); // expect: AFS101
        ftp.Connect();
        ftp.UploadFile(localPath, "/incoming/prices.csv");
    }
}
