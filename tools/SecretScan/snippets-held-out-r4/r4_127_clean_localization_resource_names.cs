namespace Store.Localization;

public static class AccountResources
{
    public static readonly IReadOnlyDictionary<string, string> Defaults = new Dictionary<string, string>
    {
        ["Account.Fields.Password"] = "Password",
        ["Account.Fields.Password.Required"] = "Password is required.",
        ["Account.ChangePassword.Fields.NewPassword"] = "New password",
        ["Admin.Configuration.Settings.GeneralCommon.ApiKey"] = "API key",
        ["Admin.Configuration.Settings.GeneralCommon.ApiKey.Hint"] = "Enter the key issued by the payment provider.",
        ["Plugins.Payments.Stripe.Fields.SecretKey"] = "Secret key",
    };
}
