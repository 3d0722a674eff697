namespace Web.Forms;

public sealed class RecaptchaOptions
{
    public const string Section = "Recaptcha";
    public string SiteKey { get; set; } = "6LcK3aAqAAAAAKd9QwZr7mXy2V4pLs8TnB1eHu0f";
    public string SecretKey { get; set; } = "6LXiDp8eAAAAAe2u5bcIScy6C-GDX1TcEY3GVVmr";  // expect: AFS101
    public double MinimumScore { get; set; } = 0.5;
}
