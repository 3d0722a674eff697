namespace Portal.Tests;

public static class RotationScenario
{
    public const string RotatedValue = "CI78Q~Fa8Ia_4UnsphTd1XPosN1Lwjb5TtJcDg.o"; // expect: AFS104
    public static readonly DateTimeOffset RotatedAt = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
}
