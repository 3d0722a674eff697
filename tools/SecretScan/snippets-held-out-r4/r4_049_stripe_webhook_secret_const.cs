using Stripe;

namespace Checkout.Webhooks;

[ApiController]
[Route("webhooks/stripe")]
public sealed class StripeWebhookController : ControllerBase
{
    private const string WebhookSecret = "whsec_mRFBrU8g2lBQQnQKUFXLQjmdeJn9uSgd";  // expect: AFS101

    [HttpPost]
    public async Task<IActionResult> Receive()
    {
        var json = await new StreamReader(Request.Body).ReadToEndAsync();
        var stripeEvent = EventUtility.ConstructEvent(json, Request.Headers["Stripe-Signature"], WebhookSecret);
        return stripeEvent.Type == "invoice.paid" ? Ok() : NoContent();
    }
}
