namespace Store.Payments;

public static class RegionAccounts
{
    public static readonly string[] Eu = ["acct_1Pq9ZxEu", "sk_live_GNm8bfklhNELMCzv9OJdsScBIXCRYISlAc"]; // expect: AFS104
}
