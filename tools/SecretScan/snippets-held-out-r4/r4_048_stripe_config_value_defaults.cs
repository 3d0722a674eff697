using Stripe;

namespace Checkout;

public static class StripeSetup
{
    public static void Configure(IConfiguration configuration)
    {
        var settings = new CheckoutSettings(configuration.GetValue("Stripe:SecretKey", "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"));  // expect: AFS102
        CheckoutSettings.Current = settings;
        RefundClient.Configure(configuration["Stripe:RestrictedKey"] ?? "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");  // expect: AFS102
    }
}
