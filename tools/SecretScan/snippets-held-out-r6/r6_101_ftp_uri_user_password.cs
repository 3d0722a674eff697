namespace Legacy.Transfer;

public static class FeedUpload
{
    public static readonly Uri Target = new("ftp://feeds:vttGFe0aTYK-xt9V4R@ftp.partner-exchange.net/incoming/catalog.xml"); // expect: AFS103
}
