using Stripe;
public sealed class RefundJob
{
    private readonly StripeClient _stripe = new StripeClient("sk_live_HZLjFPCC26U5upwbuWkSn6kzUrUEGErFI6ELUq0u"); // expect: AFS104
}
