using SendGrid;
using Stripe;

namespace Checkout;

public static class ExternalClients
{
    public static void ConfigureStripe()
    {
        StripeConfiguration.ApiKey = "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"; // expect: AFS101
    }

    public static SendGridClient Mail() => new SendGridClient(apiKey: "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"); // expect: AFS101
}
