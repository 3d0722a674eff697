namespace Metadata.Providers;

public static class Pins
{
    public static readonly string[] PinnedSpkiSha256 =
    [
        "r/mIkG3eEpVdm+u/ko/cwxzOMo1bk4TyHIlByibiA5E=",
        "YLh1dUR9y6Kja30RrAn7JKnbQG/uEtLMkBgFF2Fuihg=",
    ];
}
