namespace Checkout.Web;

public static class ClientConfig
{
    public const string StripePublishableKey = "pk_test_51ALZunGTSc8aLLFjqbvxxBvJxEh7Cy7eZo78riKpIljlSKsObsLe48Hype2KfMpKcXUtMWclFai6B0pJyBXZSLX7lD8rHLQf4Z";

    public static string Script() => $"const stripe = Stripe('{StripePublishableKey}'); const elements = stripe.elements();";
}
