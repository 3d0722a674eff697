using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Gateway.Tests;

[TestClass]
public sealed class ServiceAccountTests
{
    [DataTestMethod]
    [DataRow("svc-billing", "bdIhooaR*GhrSBYa")]  // expect: AFS101
    [DataRow("svc-ledger", "bb3kdwVM#W6EHpxe")]  // expect: AFS101
    public void Service_account_gets_token(string account, string password)
    {
        var token = TokenIssuer.ForServiceAccount(account, password);
        Assert.IsFalse(string.IsNullOrEmpty(token));
    }
}
