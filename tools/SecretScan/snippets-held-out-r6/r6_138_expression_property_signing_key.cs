namespace Links.Sharing;

public sealed class ShareLinkOptions
{
    public TimeSpan Lifetime { get; init; } = TimeSpan.FromDays(7);

    public string SigningKey => "9294a7984c5f79bd72b404373e1bda1319b0900f8405be79545124e54762c1d5"; // expect: AFS101
}
