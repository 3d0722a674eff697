using FluentFTP;

namespace Scanner.Import;

public sealed class ScanPoller
{
    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken ct)
    {
        await using var ftp = new AsyncFtpClient("ftp.scanners.branch-12.local", "scanner", "Willow+Lumen8178");  // expect: AFS101
        await ftp.Connect(ct);
        var items = await ftp.GetListing("/scans", ct);
        return items.Select(i => i.FullName).ToList();
    }
}
