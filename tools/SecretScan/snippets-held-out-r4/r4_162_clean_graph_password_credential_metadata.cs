using Microsoft.Graph.Models;
using Xunit;

namespace Secrets.Rotation.Tests;

public sealed class ExpiryReportTests
{
    [Fact]
    public void Reports_secrets_expiring_within_thirty_days()
    {
        var credential = new PasswordCredential
        {
            KeyId = Guid.Parse("d2f180a0-8b5d-418d-858a-5986a62947cd"),
            DisplayName = "ci-pipeline-2026-01",
            Hint = "Xk7",
            EndDateTime = DateTimeOffset.UtcNow.AddDays(12),
        };
        Assert.Single(ExpiryReport.Expiring(new[] { credential }, TimeSpan.FromDays(30)));
    }
}
