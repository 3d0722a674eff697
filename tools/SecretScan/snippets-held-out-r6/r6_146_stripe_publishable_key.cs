namespace Store.Web.Checkout;

public sealed class CheckoutModel
{
    public string PublishableKey { get; } = "pk_live_51Nq8ZxEuR2v7Kc0LmT4dYp9WbQ3sJ6hF1aG8eD5cX2zV0nM7kL4jH9gF6dS3aQ1wE8rT5yU2iO0pZ";
    public string Currency { get; } = "eur";
}
