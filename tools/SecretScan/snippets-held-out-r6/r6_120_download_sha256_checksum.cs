using System.Security.Cryptography;

namespace Media.Tools;

public static class FfmpegDownload
{
    public const string Url = "https://downloads.media.internal/ffmpeg/7.1/ffmpeg-linux64.tar.xz";
    public const string ExpectedSha256 = "3f4c9e2a8b71d05c6e9af18237b0d4e5c6a7f8091b2c3d4e5f60718293a4b5c6";

    public static bool Verify(Stream s) => Convert.ToHexString(SHA256.HashData(s)).Equals(ExpectedSha256, StringComparison.OrdinalIgnoreCase);
}
