public sealed class CheckoutViewModel
{
    public string PublishableKey { get; } = "pk_test_DFzTCiEavhD5ImAQ5Z3sN9EHJzkG3TRMbSIUW2wd";
    public string Currency { get; } = "eur";
}
