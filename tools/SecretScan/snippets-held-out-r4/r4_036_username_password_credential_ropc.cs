using Azure.Identity;
using Microsoft.Graph;

namespace Reports.Mailbox;

public static class GraphFactory
{
    private const string TenantId = "b7cd44a8-6f72-46a2-8e40-233f7e5ed197";
    private const string ClientId = "92249925-b229-416b-8e91-de8f6996ec5d";

    public static GraphServiceClient Create()
    {
#pragma warning disable CS0618 // ROPC is obsolete
        var credential = new UsernamePasswordCredential("svc-mailbox-reader@contoso.onmicrosoft.com", "Hollow6598+", TenantId, ClientId);  // expect: AFS101
#pragma warning restore CS0618
        return new GraphServiceClient(credential, new[] { "Mail.Read" });
    }
}
