public static class RelayTokens
{
    public static string Issue(string resource) =>
        new SasTokenGenerator("RelaySender", "LvVrmZ6Cq33pb0rL8chZxF5UdVeZ13DYedSVA7MHdqc=").Create(resource, System.TimeSpan.FromHours(1)); // expect: AFS104
}
