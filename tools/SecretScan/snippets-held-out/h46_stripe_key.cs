public static class Billing
{
    public static string Key() => "sk_live_51HqLyjA8kTq3Zp7Vx2Mn9Rb4Wc6Yd1Ef3Gh5"; // expect: AFS104
}
