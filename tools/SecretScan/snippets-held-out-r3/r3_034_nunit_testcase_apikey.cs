using NUnit.Framework;

namespace Billing.Tests;

[TestFixture]
public class WebhookAuthTests
{
    [TestCase("bk_89baa151b551b145e0ea444fd44903d6", ExpectedResult = true)] // expect: AFS101
    public bool Accepts_partner_key(string apiKey) => new PartnerKeyValidator().IsValid(apiKey);
}
